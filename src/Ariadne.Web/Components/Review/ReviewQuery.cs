using System.Globalization;
using Ariadne.Store.Scoring;

namespace Ariadne.Web.Components.Review;

/// <summary>
/// The review page's filters as GET query parameters (<c>band</c>, <c>indicator</c>, <c>city</c>, <c>network</c>,
/// <c>lang</c>, <c>sort</c>, <c>page</c>), so a filtered queue is a link; parsed into the store's filter and written
/// back into links for paging and for the form's return address.
/// </summary>
public sealed record ReviewQuery(string? Band, string? Indicator, string? City, string? Network, string? Language, string? Sort, int Page)
{
    /// <summary>Risk bands by their wire name: label, lowest (inclusive), highest (exclusive; null keeps 1.0).</summary>
    public static IReadOnlyList<(string Name, string Label, double? Min, double? Max)> Bands { get; } =
    [
        ("high", "0.80 or more", 0.8, null),
        ("elevated", "0.50 – 0.80", 0.5, 0.8),
        ("moderate", "0.20 – 0.50", 0.2, 0.5),
        ("low", "below 0.20", null, 0.2),
    ];

    public static IReadOnlyList<(string Name, string Label, ReviewQueueSort Sort)> Sorts { get; } =
    [
        ("risk", "risk, high to low", ReviewQueueSort.Risk),
        ("newest", "newest first", ReviewQueueSort.Newest),
        ("uncertain", "least certain first", ReviewQueueSort.LeastCertain),
    ];

    /// <summary>One-based page as the link shows it; out-of-range values are clamped by the store.</summary>
    public ReviewQueueFilter ToFilter()
    {
        var band = Bands.FirstOrDefault(b => b.Name == Band);
        return new ReviewQueueFilter
        {
            MinRisk = band.Min,
            MaxRisk = band.Max,
            Indicator = Clean(Indicator),
            City = Clean(City),
            NetworkId = Clean(Network),
            Language = Clean(Language),
            Sort = Sorts.FirstOrDefault(s => s.Name == Sort).Sort,
            Page = Math.Clamp(Page, 1, ReviewQueueFilter.MaxPages) - 1,
        };
    }

    /// <summary>"/review" with the filters set (empty ones left out) and the given one-based page (1 left out).</summary>
    public string Link(int page)
    {
        var parts = new List<string>();
        Add(parts, "band", Band);
        Add(parts, "indicator", Indicator);
        Add(parts, "city", City);
        Add(parts, "network", Network);
        Add(parts, "lang", Language);
        Add(parts, "sort", Sort is "risk" ? null : Sort);
        if (page > 1)
        {
            parts.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return parts.Count == 0 ? "/review" : "/review?" + string.Join('&', parts);
    }

    /// <summary>True when any filter narrows the queue.</summary>
    public bool Narrowed => Clean(Band) is not null || Clean(Indicator) is not null || Clean(City) is not null || Clean(Network) is not null || Clean(Language) is not null;

    private static void Add(List<string> parts, string name, string? value)
    {
        if (Clean(value) is { } v)
        {
            parts.Add(name + "=" + Uri.EscapeDataString(v));
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
