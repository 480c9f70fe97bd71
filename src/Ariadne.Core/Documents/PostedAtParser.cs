using System.Globalization;

namespace Ariadne.Core.Documents;

/// <summary>
/// Parses the date forms found in scraped ads and exports to UTC. The written form is always kept beside the
/// parsed value, so a wrong guess here never destroys information.
/// </summary>
public static class PostedAtParser
{
    // Ordered from most to least specific. Day-first numeric dates are tried after month-first only when the
    // country suggests day-first, because "03/04/2026" is ambiguous and US sources dominate classified scrapes.
    private static readonly string[] ExplicitFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm",
        "yyyy-MM-dd",
        "yyyy/MM/dd HH:mm:ss",
        "yyyy/MM/dd HH:mm",
        "yyyy/MM/dd",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'",
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "ddd, dd MMM yyyy HH:mm:ss zzz",
        "d MMMM yyyy",
        "d MMMM yyyy HH:mm",
        "d MMM yyyy",
        "d MMM yyyy HH:mm",
        "MMMM d, yyyy",
        "MMMM d, yyyy h:mm tt",
        "MMM d, yyyy",
        "MMM d, yyyy h:mm tt",
    ];

    private static readonly string[] MonthFirstFormats = ["M/d/yyyy", "M/d/yyyy H:mm", "M/d/yyyy h:mm tt", "M/d/yyyy H:mm:ss"];

    private static readonly string[] DayFirstFormats = ["d/M/yyyy", "d/M/yyyy H:mm", "d.M.yyyy", "d.M.yyyy H:mm", "d-M-yyyy", "d/M/yyyy H:mm:ss"];

    // Countries whose sources write month-first numeric dates.
    private static readonly HashSet<string> MonthFirstCountries = new(StringComparer.OrdinalIgnoreCase) { "US", "PH", "FM", "MH", "PW" };

    /// <summary>
    /// Parses <paramref name="text"/> to UTC. Values without an offset are taken as UTC. Unix epoch seconds and
    /// milliseconds are accepted. Returns false for anything else, including dates before 1990 or after 2100.
    /// </summary>
    public static bool TryParse(string? text, string? country, out DateTimeOffset utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 64)
        {
            return false;
        }

        var s = text.Trim();
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            return TryFromEpoch(epoch, out utc);
        }

        const DateTimeStyles styles = DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces;
        var inv = CultureInfo.InvariantCulture;
        if (DateTimeOffset.TryParseExact(s, ExplicitFormats, inv, styles, out var parsed))
        {
            return Accept(parsed, out utc);
        }

        var monthFirst = country is null || MonthFirstCountries.Contains(country);
        var first = monthFirst ? MonthFirstFormats : DayFirstFormats;
        var second = monthFirst ? DayFirstFormats : MonthFirstFormats;
        if (DateTimeOffset.TryParseExact(s, first, inv, styles, out parsed) ||
            DateTimeOffset.TryParseExact(s, second, inv, styles, out parsed))
        {
            return Accept(parsed, out utc);
        }

        if (DateTimeOffset.TryParse(s, inv, styles, out parsed))
        {
            return Accept(parsed, out utc);
        }

        return false;
    }

    private static bool TryFromEpoch(long epoch, out DateTimeOffset utc)
    {
        utc = default;
        try
        {
            // Ten digits or fewer are seconds; thirteen are milliseconds.
            var value = epoch > 99_999_999_999L
                ? DateTimeOffset.FromUnixTimeMilliseconds(epoch)
                : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return Accept(value, out utc);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static bool Accept(DateTimeOffset value, out DateTimeOffset utc)
    {
        utc = value.ToUniversalTime();
        if (utc.Year is < 1990 or > 2100)
        {
            utc = default;
            return false;
        }

        return true;
    }
}
