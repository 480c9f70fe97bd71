using Ariadne.Core.Sharing;
using FsCheck.Xunit;

namespace Ariadne.Core.Tests.Sharing;

/// <summary>Whatever the records, the output is k-anonymous, within the budget or fully generalised, and loses no row silently.</summary>
public sealed class KAnonymityProperties
{
    private static readonly string[] Cities = ["Houston, US", "Dallas, US", "Toronto, CA", "Lisbon, PT", "Lagos, NG", "Sydney, AU", "Osaka, JP"];
    private static readonly string[] Kinds = ["ad", "post", "chat", "tip"];

    [Property(MaxTest = 200)]
    public void Output_always_passes_the_check(int seed, byte kByte, byte budgetByte, ushort sizeShort)
    {
        var random = new Random(seed);
        var k = 2 + (kByte % 20);
        var options = new KAnonymityOptions { K = k, MaxSuppression = (budgetByte % 11) / 100.0 };
        var records = Enumerable.Range(0, sizeShort % 400).Select(_ => RandomRecord(random)).ToList();

        var result = KAnonymizer.Anonymise(records, options);

        Assert.True(KAnonymityCheck.Holds(result.Records, k));
        Assert.Equal(records.Count, result.Report.RecordsOut + result.Report.Suppressed);
        Assert.Equal(result.Records.Count, result.Report.RecordsOut);
        var allTop = result.Report.Levels.Values.All(v => v == Hierarchies.Suppressed);
        Assert.True(allTop || result.Report.Suppressed <= Math.Floor(options.MaxSuppression * records.Count),
            $"suppressed {result.Report.Suppressed} of {records.Count} with budget {options.MaxSuppression}");
    }

    private static SharingRecord RandomRecord(Random random)
    {
        var city = random.Next(8) == 0 ? null : Cities[random.Next(Cities.Length)];
        return new SharingRecord(
            random.Next(6) == 0 ? null : random.Next(12, 60),
            city,
            city?[^2..],
            random.Next(10) == 0 ? null : new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(random.Next(900)),
            Kinds[random.Next(Kinds.Length)],
            "low",
            string.Empty,
            "1");
    }
}
