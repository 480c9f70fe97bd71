using Ariadne.Store.Watches;

namespace Ariadne.Web.Components.Watches;

/// <summary>How the watch pages name what a watch follows, and where its documents can be searched.</summary>
public static class WatchText
{
    public static string Describe(Watch watch)
    {
        ArgumentNullException.ThrowIfNull(watch);
        return watch.Kind == WatchKind.Search ? WatchSearch.Parse(watch.Definition).Describe() : watch.Definition;
    }

    /// <summary>The page of what is watched: the search with its filters, the identifier's or network's page; null for a city.</summary>
    public static string? SourceLink(Watch watch)
    {
        ArgumentNullException.ThrowIfNull(watch);
        if (watch.Kind == WatchKind.Search)
        {
            var s = WatchSearch.Parse(watch.Definition);
            var parts = new List<string>();
            void Add(string name, string? value)
            {
                if (!string.IsNullOrEmpty(value))
                {
                    parts.Add(name + "=" + Uri.EscapeDataString(value));
                }
            }

            Add("q", s.Text);
            Add("kind", s.Kind is { } kind ? Core.Documents.DocumentKinds.ToWireName(kind) : null);
            Add("country", s.Country);
            Add("etype", s.EntityType?.ToString().ToLowerInvariant());
            Add("evalue", s.EntityValue);
            Add("city", s.City);
            Add("from", s.PostedFromUtc?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            Add("to", s.PostedToUtc?.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            return "/search" + (parts.Count == 0 ? "" : "?" + string.Join("&", parts));
        }

        if (watch.Kind == WatchKind.Network)
        {
            return "/networks/" + Uri.EscapeDataString(watch.Definition);
        }

        return WatchKinds.EntityTypeOf(watch.Kind) is { } type ? Graphs.EntityLinks.PageOf(type, watch.Definition) : null;
    }
}
