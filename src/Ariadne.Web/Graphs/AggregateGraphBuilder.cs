using System.Globalization;
using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Store.Insights;

namespace Ariadne.Web.Graphs;

/// <summary>
/// The graph of many ads, readable: one node per posting city (or per month) standing for its ads, sized by how
/// many; the identifiers two or more of the ads share as hubs, sized the same way; an edge from a group to each
/// hub its ads mention ("12 ads"). For a network, the joins that go through no identifier (near-duplicate text,
/// templates, photos) become one edge per pair of groups and kind ("3 photo joins"). A 270-ad phone is then a
/// dozen nodes instead of a 273-node hairball; the full graph stays one click away.
/// </summary>
public static class AggregateGraphBuilder
{
    /// <summary>Hubs drawn at most, the most-shared first: past that the grouped graph is a hairball again.</summary>
    public const int MaxHubs = 150;

    public const string Unplaced = "no posting city";

    public const string Undated = "undated";

    public static GraphData Build(IReadOnlyList<GroupedAd> ads, IReadOnlyList<DocumentEntity> identifiers, GraphViewKind by, (EntityType Type, string Value)? focus = null, IReadOnlyList<NetworkEdge>? joins = null)
    {
        ArgumentNullException.ThrowIfNull(ads);
        ArgumentNullException.ThrowIfNull(identifiers);
        var groupOf = ads.DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => GroupKey(a, by), StringComparer.Ordinal);
        var type = by == GraphViewKind.Month ? "month" : "city";
        var nodes = new List<GraphNode>();
        var edges = new List<GraphEdge>();
        foreach (var group in groupOf.GroupBy(g => g.Value, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var count = group.Count();
            nodes.Add(new GraphNode(GroupId(type, group.Key), type, $"{group.Key} · {Ads(count)}", null, false, count));
        }

        var mentions = identifiers.Where(i => groupOf.ContainsKey(i.DocumentId)).DistinctBy(i => (i.DocumentId, i.Type, i.Value)).ToList();
        var hubs = mentions.GroupBy(i => (i.Type, i.Value))
            .Select(g => (g.Key.Type, g.Key.Value, Ads: g.Count(), IsFocus: focus is { } f && f.Type == g.Key.Type && f.Value == g.Key.Value))
            .Where(h => h.Ads > 1 || h.IsFocus)
            .OrderByDescending(h => h.IsFocus).ThenByDescending(h => h.Ads).ThenBy(h => h.Type).ThenBy(h => h.Value, StringComparer.Ordinal)
            .Take(MaxHubs)
            .ToList();
        if (focus is { } wanted && !hubs.Any(h => h.IsFocus))
        {
            hubs.Insert(0, (wanted.Type, wanted.Value, groupOf.Count, true)); // the focus is in every ad even when it is not an identifier mention
        }

        foreach (var hub in hubs)
        {
            nodes.Add(new GraphNode(HubId(hub.Type, hub.Value), EntityLinks.TypeName(hub.Type), Shorten(hub.Value), EntityLinks.PageOf(hub.Type, hub.Value), hub.IsFocus, hub.Ads));
        }

        var drawn = hubs.Select(h => (h.Type, h.Value)).ToHashSet();
        foreach (var link in mentions.Where(m => drawn.Contains((m.Type, m.Value)))
            .GroupBy(m => (Group: groupOf[m.DocumentId], m.Type, m.Value))
            .OrderBy(g => g.Key.Group, StringComparer.Ordinal).ThenBy(g => g.Key.Type).ThenBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            var (group, hubType, value) = link.Key;
            var count = link.Count();
            var typeName = EntityLinks.TypeName(hubType);
            edges.Add(new GraphEdge($"g:{GroupId(type, group)}:{HubId(hubType, value)}", GroupId(type, group), HubId(hubType, value), Ads(count),
                $"{Ads(count)} in {group} mention {typeName} {value}"));
        }

        AddJoins(edges, joins ?? [], groupOf, type);
        return new GraphData(nodes, edges);
    }

    // Joins between ads of different groups, one edge per pair of groups and kind; joins inside a group are its own.
    private static void AddJoins(List<GraphEdge> edges, IReadOnlyList<NetworkEdge> joins, Dictionary<string, string> groupOf, string type)
    {
        var pairs = joins
            .Where(j => j.Kind is "text" or "template" or "photo" && groupOf.ContainsKey(j.DocumentA) && groupOf.ContainsKey(j.DocumentB))
            .Select(j => (A: groupOf[j.DocumentA], B: groupOf[j.DocumentB], j.Kind))
            .Where(j => j.A != j.B)
            .Select(j => string.CompareOrdinal(j.A, j.B) < 0 ? j : (A: j.B, B: j.A, j.Kind))
            .GroupBy(j => j)
            .OrderBy(g => g.Key.A, StringComparer.Ordinal).ThenBy(g => g.Key.B, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var (a, b, kind) = pair.Key;
            var count = pair.Count();
            var label = count.ToString(CultureInfo.InvariantCulture) + " " + kind + (count == 1 ? " join" : " joins");
            edges.Add(new GraphEdge($"j:{GroupId(type, a)}:{GroupId(type, b)}:{kind}", GroupId(type, a), GroupId(type, b), label, $"{label} between ads in {a} and ads in {b}"));
        }
    }

    private static string GroupKey(GroupedAd ad, GraphViewKind by) => by == GraphViewKind.Month
        ? ad.PostedAtUtc is { } at ? at.ToUniversalTime().ToString("yyyy-MM", CultureInfo.InvariantCulture) : Undated
        : string.IsNullOrWhiteSpace(ad.City) ? Unplaced : ad.City;

    private static string Ads(int count) => count.ToString("N0", CultureInfo.InvariantCulture) + (count == 1 ? " ad" : " ads");

    private static string GroupId(string type, string key) => type + ":" + key;

    private static string HubId(EntityType type, string value) => EntityLinks.TypeName(type) + ":" + value;

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");
}
