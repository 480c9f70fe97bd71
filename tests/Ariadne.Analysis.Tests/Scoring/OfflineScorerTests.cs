using System.Globalization;
using Ariadne.Analysis.Linking;
using Ariadne.Analysis.Scoring;
using Ariadne.Linking;
using Ariadne.Scoring.Model;

namespace Ariadne.Analysis.Tests.Scoring;

/// <summary>Offline scoring end to end (extract, link, weigh): hubs never raise a risk, and a network's wording is pooled.</summary>
public sealed class OfflineScorerTests
{
    private static readonly string[] Names = ["Ruby", "Mia", "Lola", "Jade", "Nina", "Ava", "Zoe", "Ivy", "Luna", "Ella"];
    private static readonly string[] Cities = ["Houston", "Dallas", "Austin", "Denver", "Phoenix"];

    private static LinkInputRecord Ad(int i, string text) =>
        new(i + 1, "ad-" + i.ToString("000", CultureInfo.InvariantCulture), text, "US", Cities[i % Cities.Length] + ", US", new DateTimeOffset(2026, 8, 1, 12, 0, 0, TimeSpan.Zero).AddHours(i * 7), []);

    [Fact]
    public void A_support_line_in_the_ads_of_twenty_unrelated_posters_raises_none_of_their_risks()
    {
        // Twenty independent posters, two ads each with her own number and name; ten of them add the same listing
        // board's support line in a footer. Grouped by raw identifiers, that line would make one "poster" of 20 ads
        // with 10 names in 5 cities; the linker refuses it as a hub, and it is not counted as a second phone of any
        // poster either (each poster's two ads would otherwise look like a network using two numbers in turn).
        static string Body(int i) => string.Create(CultureInfo.InvariantCulture, $"Hi, I'm {Names[i / 2 % Names.Length]}, {24 + (i / 2 % 9)}. Relaxed and discreet, by appointment. Text 713-555-01{i / 2:00}. Ref {i}.");
        var plain = Enumerable.Range(0, 40).Select(i => Ad(i, Body(i))).ToList();
        var footed = Enumerable.Range(0, 40).Select(i => Ad(i, i / 2 % 2 == 0 ? Body(i) + " Questions about the board? Support 212-555-0188." : Body(i))).ToList();

        var without = OfflineScorer.Run(plain, EvidenceModel.Default, new LinkOptions());
        var with = OfflineScorer.Run(footed, EvidenceModel.Default, new LinkOptions());

        for (var i = 0; i < 40; i++)
        {
            Assert.Equal(without[i].Risk, with[i].Risk, 12);
            Assert.DoesNotContain(with[i].Reasons, r => r.Id.StartsWith("network", StringComparison.Ordinal));
        }

        Assert.Equal(20, with.Select(s => s.Network).Distinct().Count());
    }

    [Fact]
    public void A_networks_wording_counts_for_its_ads_that_do_not_write_it()
    {
        // One poster, one phone, six ads; three insist the photos are real.
        var ads = Enumerable.Range(0, 6).Select(i => Ad(i, string.Create(CultureInfo.InvariantCulture,
            $"Hi, I'm Mia, 25. {(i % 2 == 0 ? "100% real pics. " : "")}Discreet, by appointment. Text 713-555-0142. Ref {i}."))).ToList();

        var scores = OfflineScorer.Run(ads, EvidenceModel.Default, new LinkOptions());

        Assert.Single(scores.Select(s => s.Network).Distinct());
        Assert.All(scores.Where((_, i) => i % 2 == 1), s => Assert.Contains(s.Reasons, r => r.Id == "network.trust" && r.Evidence.StartsWith("3 of the 6 ads", StringComparison.Ordinal)));
        Assert.All(scores.Where((_, i) => i % 2 == 0), s => Assert.Contains(s.Reasons, r => r.Id == "trust.genuine@2"));
        Assert.Single(scores.Select(s => s.Risk).Distinct());
    }

    [Fact]
    public void Indicator_wording_in_a_disclaimer_that_unrelated_posters_share_does_not_count()
    {
        // Twelve independent posters paste the board's disclaimer, which says photos are "recent and real"; that is
        // the board talking, not the poster insisting. A thirteenth writes her own short "100% real pics." and it counts.
        const string disclaimer = " Every person advertised here is an adult who chose to post. Photos are recent and real, and no minors appear in any listing.";
        var ads = Enumerable.Range(0, 12).Select(i => Ad(i, string.Create(CultureInfo.InvariantCulture,
            $"Hi, I'm {Names[i % Names.Length]}, {25 + (i % 7)}. Discreet, by appointment. Text 713-555-01{i:00}.{disclaimer}"))).ToList();
        ads.Add(Ad(12, "Hi, I'm Ava, 29. 100% real pics. Text 713-555-0160."));

        var scores = OfflineScorer.Run(ads, EvidenceModel.Default, new LinkOptions());

        Assert.All(scores.Take(12), s => Assert.DoesNotContain(s.Reasons, r => r.Id.StartsWith("trust", StringComparison.Ordinal)));
        Assert.Contains(scores[12].Reasons, r => r.Id == "trust.genuine@2");
    }
}
