using Ariadne.Core.Entities;
using Ariadne.Store.Insights;

namespace Ariadne.Web.Graphs;

/// <summary>
/// The graph around one entity: the entity, the ads that mention it, and the other identifiers in those ads.
/// Edges join an ad to each identifier it mentions; an identifier in two or more of the ads is what links them,
/// so its edges read "shares phone …" — the reason the ads belong together. Identical photo files shared by two or
/// more of the ads are drawn too ("shares photo").
/// </summary>
public static class EgoGraphBuilder
{
    public static GraphData Build(EntityType focusType, string focusValue, IReadOnlyList<EntityDocument> documents, IReadOnlyList<DocumentEntity> identifiers, IReadOnlyList<DocumentPhoto>? photos = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(identifiers);
        var nodes = new List<GraphNode>(documents.Count + identifiers.Count);
        var edges = new List<GraphEdge>(identifiers.Count);
        var inGraph = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            nodes.Add(new GraphNode("doc:" + document.Id, "ad", Shorten(document.Title ?? document.Id), EntityLinks.DocumentPage(document.Id), false));
        }

        var relevant = identifiers.Where(i => inGraph.Contains(i.DocumentId)).ToList();
        var adsPerIdentifier = relevant.GroupBy(i => (i.Type, i.Value)).ToDictionary(g => g.Key, g => g.Count());
        var focusKey = (focusType, focusValue);
        if (!adsPerIdentifier.ContainsKey(focusKey))
        {
            adsPerIdentifier[focusKey] = 0; // the focus is drawn even when it is not an identifier type (a name, a city)
        }

        foreach (var ((type, value), _) in adsPerIdentifier.OrderBy(k => k.Key.Type).ThenBy(k => k.Key.Value, StringComparer.Ordinal))
        {
            var focus = type == focusType && value == focusValue;
            nodes.Add(new GraphNode(NodeId(type, value), EntityLinks.TypeName(type), Shorten(value), EntityLinks.PageOf(type, value), focus));
        }

        foreach (var link in relevant)
        {
            var typeName = EntityLinks.TypeName(link.Type);
            var shared = adsPerIdentifier[(link.Type, link.Value)] > 1;
            edges.Add(new GraphEdge(
                $"e:{link.DocumentId}:{NodeId(link.Type, link.Value)}",
                "doc:" + link.DocumentId,
                NodeId(link.Type, link.Value),
                shared ? "shares " + typeName : typeName,
                (shared ? "shares " : "mentions ") + typeName + " " + link.Value));
        }

        if (!relevant.Any(r => r.Type == focusType && r.Value == focusValue))
        {
            // A non-identifier focus (e.g. a name) still ties each of its ads to it.
            var typeName = EntityLinks.TypeName(focusType);
            foreach (var document in documents)
            {
                edges.Add(new GraphEdge($"e:{document.Id}:focus", "doc:" + document.Id, NodeId(focusType, focusValue), "shares " + typeName, $"shares {typeName} {focusValue}"));
            }
        }

        AddSharedPhotos(nodes, edges, inGraph, photos ?? []);
        return new GraphData(nodes, edges);
    }

    // Only photos in two or more of the ads are drawn: a photo seen once explains no link and only adds clutter.
    private static void AddSharedPhotos(List<GraphNode> nodes, List<GraphEdge> edges, HashSet<string> inGraph, IReadOnlyList<DocumentPhoto> photos)
    {
        foreach (var shared in photos.Where(p => inGraph.Contains(p.DocumentId)).GroupBy(p => p.BlobSha256, StringComparer.Ordinal).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var id = "photo:" + shared.Key;
            var label = "photo " + shared.Key[..8];
            nodes.Add(new GraphNode(id, "photo", label, EntityLinks.DocumentPage(shared.First().DocumentId), false));
            foreach (var photo in shared)
            {
                edges.Add(new GraphEdge($"e:{photo.DocumentId}:{id}", "doc:" + photo.DocumentId, id, "shares photo", $"shares photo (identical file sha256:{shared.Key[..12]}…)"));
            }
        }
    }

    private static string NodeId(EntityType type, string value) => EntityLinks.TypeName(type) + ":" + value;

    private static string Shorten(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 39), "…");
}
