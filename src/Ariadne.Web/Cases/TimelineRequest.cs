using System.Globalization;
using Ariadne.Investigation.Cases.Timeline;

namespace Ariadne.Web.Cases;

/// <summary>The timeline filter as the case page's GET form sends it (kind=…&amp;kind=…&amp;from=yyyy-mm-dd&amp;to=yyyy-mm-dd), both ends inclusive days in UTC.</summary>
public sealed record TimelineRequest(IReadOnlyList<string> Kinds, DateOnly? From, DateOnly? To)
{
    public static TimelineRequest Parse(IEnumerable<string?>? kinds, string? from, string? to) =>
        new((kinds ?? []).OfType<string>().Where(TimelineKind.All.Contains).Distinct(StringComparer.Ordinal).ToList(), Day(from), Day(to));

    public TimelineFilter ToFilter() =>
        new(Kinds, From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), To?.ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc));

    /// <summary>The same filter as a query string (without '?'), for the download links.</summary>
    public string ToQuery()
    {
        var parts = Kinds.Select(k => "kind=" + Uri.EscapeDataString(k)).ToList();
        if (From is { } f)
        {
            parts.Add("from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        if (To is { } t)
        {
            parts.Add("to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return string.Join('&', parts);
    }

    private static DateOnly? Day(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
