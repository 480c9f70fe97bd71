using Ariadne.Core.Sharing;

namespace Ariadne.Core.Tests.Sharing;

/// <summary>Small inputs whose answers (levels chosen, records dropped) are worked out by hand in each test.</summary>
public sealed class KAnonymizerTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);

    private static SharingRecord Record(int? age, string? city = "Houston, US", string? country = "US", DateTimeOffset? posted = null, string kind = "ad") =>
        new(age, city, country, posted ?? March, kind, "low", string.Empty, "1");

    [Fact]
    public void Classes_of_k_or_more_need_no_generalisation()
    {
        // 12 records in band 18-20 and 12 in band 24-26, everything else equal: two classes of 12 >= 11.
        var records = Enumerable.Repeat(Record(19), 6).Concat(Enumerable.Repeat(Record(20), 6)).Concat(Enumerable.Repeat(Record(25), 12)).ToList();

        var result = KAnonymizer.Anonymise(records, new KAnonymityOptions());

        Assert.Equal(24, result.Report.RecordsOut);
        Assert.Equal(0, result.Report.Suppressed);
        Assert.Equal(new Dictionary<string, string> { ["age"] = "band", ["location"] = "city", ["posted"] = "year-month", ["kind"] = "kind" }, result.Report.Levels);
        Assert.Equal(12, result.Records.Count(r => r.AgeBand == "18-20"));
        Assert.Equal(12, result.Records.Count(r => r.AgeBand == "24-26"));
        Assert.All(result.Records, r => Assert.Equal(("Houston, US", "2026-03", "ad"), (r.Location, r.Posted, r.Kind)));
    }

    [Fact]
    public void One_outlier_with_no_budget_lifts_the_attribute_with_most_distinct_values()
    {
        // 25 records, budget floor(0.02 * 25) = 0. Age has 3 distinct bands (18-20, 24-26, 39-47), the others 1: age goes
        // to minor/adult, where all 25 are "adult", one class of 25.
        var records = Enumerable.Repeat(Record(19), 12).Concat(Enumerable.Repeat(Record(25), 12)).Append(Record(40)).ToList();

        var result = KAnonymizer.Anonymise(records, new KAnonymityOptions());

        Assert.Equal("minor/adult", result.Report.Levels["age"]);
        Assert.Equal("city", result.Report.Levels["location"]);
        Assert.Equal(0, result.Report.Suppressed);
        Assert.Equal(25, result.Report.RecordsOut);
        Assert.All(result.Records, r => Assert.Equal("adult", r.AgeBand));
    }

    [Fact]
    public void An_outlier_within_the_budget_is_dropped_instead()
    {
        // Same 25 records with a 5% budget: floor(1.25) = 1 record may go, so nothing is generalised and the 40-year-old
        // (alone in band 39-47) is suppressed.
        var records = Enumerable.Repeat(Record(19), 12).Concat(Enumerable.Repeat(Record(25), 12)).Append(Record(40)).ToList();

        var result = KAnonymizer.Anonymise(records, new KAnonymityOptions { MaxSuppression = 0.05 });

        Assert.Equal("band", result.Report.Levels["age"]);
        Assert.Equal(1, result.Report.Suppressed);
        Assert.Equal(24, result.Report.RecordsOut);
        Assert.DoesNotContain(result.Records, r => r.AgeBand == "39-47");
    }

    [Fact]
    public void Location_climbs_city_then_country_then_region()
    {
        // 12 Houston + 11 Dallas + 1 Toronto, budget 0. Location has 3 values (others 1) → country: US 23, CA 1, still a
        // class of 1; location has 2 values (others 1) → region: Americas 24.
        var records = Enumerable.Repeat(Record(25), 12)
            .Concat(Enumerable.Repeat(Record(25, "Dallas, US"), 11))
            .Append(Record(25, "Toronto, CA", "CA"))
            .ToList();

        var result = KAnonymizer.Anonymise(records, new KAnonymityOptions { MaxSuppression = 0 });

        Assert.Equal("region", result.Report.Levels["location"]);
        Assert.Equal("band", result.Report.Levels["age"]);
        Assert.Equal(24, result.Report.RecordsOut);
        Assert.All(result.Records, r => Assert.Equal("Americas", r.Location));
    }

    [Fact]
    public void Ties_go_to_the_earlier_quasi_identifier_and_the_rest_is_suppressed_at_the_top()
    {
        // 5 records, k 11: no class can ever reach 11. Each step lifts the attribute with most distinct values (ties by
        // order age, location, posted, kind) until all are at the top ("*"), then all 5 are dropped.
        var records = new List<SharingRecord>
        {
            Record(19), Record(25, "Dallas, US"), Record(33, "Lyon, FR", "FR"), Record(null, null, null, null, "tip"), Record(50, posted: March.AddMonths(13)),
        };

        var result = KAnonymizer.Anonymise(records, new KAnonymityOptions());

        Assert.Empty(result.Records);
        Assert.Equal(5, result.Report.Suppressed);
        Assert.All(result.Report.Levels.Values, level => Assert.Equal("*", level));
    }

    [Fact]
    public void Missing_values_are_their_own_category_until_suppressed()
    {
        var records = Enumerable.Repeat(new SharingRecord(null, null, null, null, "tip", "unscored", string.Empty, "1"), 11).ToList();

        var result = KAnonymizer.Anonymise(records, new KAnonymityOptions());

        Assert.All(result.Records, r => Assert.Equal(("unknown", "unknown", "unknown", "tip"), (r.AgeBand, r.Location, r.Posted, r.Kind)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-3)]
    public void K_below_two_is_rejected_with_a_clear_message(int k)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => KAnonymizer.Anonymise([Record(25)], new KAnonymityOptions { K = k }));

        Assert.Contains("k must be at least 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_suppression_budget_outside_zero_to_one_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => KAnonymizer.Anonymise([Record(25)], new KAnonymityOptions { MaxSuppression = 1.5 }));
    }

    [Fact]
    public void The_check_fails_on_a_class_below_k_and_passes_at_k()
    {
        var row = new SharedRecord("adult", "US", "2026", "ad", "low", string.Empty, "1");
        var other = row with { Location = "CA" };

        Assert.True(KAnonymityCheck.Holds(Enumerable.Repeat(row, 3), 3));
        Assert.False(KAnonymityCheck.Holds([.. Enumerable.Repeat(row, 3), other], 3));
        Assert.True(KAnonymityCheck.Holds([], 11));
        // Non-quasi attributes do not split classes.
        Assert.True(KAnonymityCheck.Holds([row, row with { RiskBand = "high" }], 2));
    }
}
