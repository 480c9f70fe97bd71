using Ariadne.Core.Networks;
using Ariadne.Store.Insights;
using Ariadne.Store.Search;
using Ariadne.Web.Graphs;

namespace Ariadne.Web.Networks;

/// <summary>
/// The graph of one network: its ads, the identifiers they mention (typed nodes, "shares phone" when two or more
/// ads carry it), and the joins that have no identifier node to go through — near-duplicate text and photo
/// groups — as direct ad–ad edges labelled with their evidence ("near-duplicate text 0.83").
/// </summary>
public static class NetworkGraphBuilder
{
    public static GraphData Build(IReadOnlyList<DocumentSummary> members, IReadOnlyList<DocumentEntity> identifiers, IReadOnlyList<NetworkEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(identifiers);
        ArgumentNullException.ThrowIfNull(edges);
        var inNetwork = members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var nodes = members.Select(m => new GraphNode("doc:" + m.Id, "ad", Shorten(string.IsNullOrWhiteSpace(m.Title) ? m.Id : m.Title), EntityLinks.DocumentPage(m.Id), false)).ToList();
        var graphEdges = new List<GraphEdge>();
        var relevant = identifiers.Where(i => inNetwork.Contains(i.DocumentId)).DistinctBy(i => (i.DocumentId, i.Type, i.Value)).ToList();
        var ads = relevant.GroupBy(i => (i.Type, i.Value)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var ((type, value), _) in ads.OrderBy(k => k.Key.Type).ThenBy(k => k.Key.Value, StringComparer.Ordinal))
        {
            nodes.Add(new GraphNode(NodeId(type, value), EntityLinks.TypeName(type), Shorten(value), EntityLinks.PageOf(type, value), false));
        }

        foreach (var link in relevant)
        {
            var typeName = EntityLinks.TypeName(link.Type);
            var shared = ads[(link.Type, link.Value)] > 1;
            graphEdges.Add(new GraphEdge($"e:{link.DocumentId}:{NodeId(link.Type, link.Value)}", "doc:" + link.DocumentId, NodeId(link.Type, link.Value),
                shared ? "shares " + typeName : typeName, (shared ? "shares " : "mentions ") + typeName + " " + link.Value));
        }

        // Edges that join two ads directly (not through a shared identifier node): copied text, a shared template, a photo.
        foreach (var edge in edges.Where(e => e.Kind is "text" or "template" or "photo" && inNetwork.Contains(e.DocumentA) && inNetwork.Contains(e.DocumentB)))
        {
            var label = edge.Kind switch { "text" => edge.Evidence, "template" => "same template", _ => "same photo" };
            var reason = edge.Kind == "photo" ? "same photo (PDQ group " + Shorten(edge.Evidence) + ")" : edge.Evidence;
            graphEdges.Add(new GraphEdge($"j:{edge.Id}", "doc:" + edge.DocumentA, "doc:" + edge.DocumentB, label, reason));
        }

        return new GraphData(nodes, graphEdges);
    }

    private static string NodeId(Ariadne.Core.Entities.EntityType type, string value) => EntityLinks.TypeName(type) + ":" + value;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..39] + "…";
}
