using System.Globalization;

namespace Ariadne.Core.Sharing;

/// <summary>
/// The generalisation hierarchies of the quasi-identifiers. Level 0 is already coarser than the source (age band,
/// not age; month, not day); the top level of each is <see cref="Suppressed"/>. A missing value is its own category
/// ("unknown") until the top level.
/// </summary>
public static class Hierarchies
{
    public const string Suppressed = "*";
    public const string Unknown = "unknown";

    /// <summary>Level names per quasi-identifier, lowest first; the report names the chosen level with them.</summary>
    public static IReadOnlyList<string> AgeLevels { get; } = ["band", "minor/adult", Suppressed];

    public static IReadOnlyList<string> LocationLevels { get; } = ["city", "country", "region", Suppressed];

    public static IReadOnlyList<string> PostedLevels { get; } = ["year-month", "year", Suppressed];

    public static IReadOnlyList<string> KindLevels { get; } = ["kind", Suppressed];

    /// <summary>CTDC age bands: 0–8, 9–17, 18–20, 21–23, 24–26, 27–29, 30–38, 39–47, 48+.</summary>
    public static string AgeBand(int age) => age switch
    {
        <= 8 => "0-8",
        <= 17 => "9-17",
        <= 20 => "18-20",
        <= 23 => "21-23",
        <= 26 => "24-26",
        <= 29 => "27-29",
        <= 38 => "30-38",
        <= 47 => "39-47",
        _ => "48+",
    };

    public static string Age(int? age, int level) => level switch
    {
        0 => age is { } a ? AgeBand(a) : Unknown,
        1 => age is { } a ? (a < 18 ? "minor" : "adult") : Unknown,
        _ => Suppressed,
    };

    public static string Location(string? city, string? country, int level)
    {
        var cc = string.IsNullOrWhiteSpace(country) ? null : country.Trim().ToUpperInvariant();
        return level switch
        {
            0 => !string.IsNullOrWhiteSpace(city) ? city.Trim() : cc is null ? Unknown : Unknown + ", " + cc,
            1 => cc ?? Unknown,
            2 => cc is null ? Unknown : UnM49Regions.RegionOf(cc) ?? Unknown,
            _ => Suppressed,
        };
    }

    public static string Posted(DateTimeOffset? posted, int level) => (posted, level) switch
    {
        (null, < 2) => Unknown,
        ({ } p, 0) => p.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ({ } p, 1) => p.UtcDateTime.ToString("yyyy", CultureInfo.InvariantCulture),
        _ => Suppressed,
    };

    public static string Kind(string kind, int level) => level == 0 ? kind : Suppressed;
}
