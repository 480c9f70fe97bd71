using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Store.Insights;

namespace Ariadne.Investigation.Exports.Graphs;

/// <summary>
/// Builds the export graph from what the store gave: documents in id order, then identifier nodes by type and
/// value; ids are positional (<c>n0</c>, <c>e0</c>…) so a hostile value can never make two ids collide or an id
/// invalid. Unlike the web graph every joining edge is kept as a document–document edge, because a GraphML reader
/// (Gephi, yEd) has no other way to see why two ads were joined.
/// </summary>
public static class ExportGraphBuilder
{
    /// <summary>The identifier types that get nodes: the ones that can tie ads to one controller.</summary>
    public static IReadOnlyList<EntityType> IdentifierTypes { get; } = [EntityType.Phone, EntityType.Email, EntityType.Handle, EntityType.Crypto];

    public static ExportGraph Build(
        IReadOnlyList<ExportDocument> documents,
        IReadOnlyList<DocumentEntity> identifiers,
        IReadOnlyList<NetworkEdge> edges,
        IReadOnlyDictionary<string, double> risks)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(identifiers);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(risks);
        var nodes = new List<ExportNode>();
        var docNode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var d in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var id = "n" + nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            docNode[d.Id] = id;
            // A title that is blank once cleaned would be an invisible node in Gephi; the id labels it instead.
            nodes.Add(new ExportNode(id, d.Kind.ToWireName(), string.IsNullOrWhiteSpace(XmlText.Clean(d.Title)) ? d.Id : d.Title!, d.Id,
                d.PostedAtUtc, d.LocationRaw, risks.TryGetValue(d.Id, out var risk) ? risk : null, d.NetworkId, PostedAtPrecision.IsDateOnly(d.PostedAtRaw)));
        }

        var wanted = IdentifierTypes.ToHashSet();
        var mentions = identifiers.Where(i => wanted.Contains(i.Type) && docNode.ContainsKey(i.DocumentId)).Distinct().ToList();
        var identifierNode = new Dictionary<(EntityType, string), string>();
        foreach (var (type, value) in mentions.Select(m => (m.Type, m.Value)).Distinct()
                     .OrderBy(k => k.Type).ThenBy(k => k.Value, StringComparer.Ordinal))
        {
            var id = "n" + nodes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            identifierNode[(type, value)] = id;
            nodes.Add(new ExportNode(id, TypeName(type), value, value));
        }

        var graphEdges = new List<ExportEdge>();
        foreach (var e in edges.Where(e => docNode.ContainsKey(e.DocumentA) && docNode.ContainsKey(e.DocumentB))
                     .OrderBy(e => e.NetworkId, StringComparer.Ordinal).ThenBy(e => e.Id))
        {
            graphEdges.Add(new ExportEdge(EdgeId(graphEdges), docNode[e.DocumentA], docNode[e.DocumentB], e.Kind, e.Evidence,
                e.Kind == "text" ? e.Similarity : null));
        }

        foreach (var m in mentions.OrderBy(m => m.DocumentId, StringComparer.Ordinal).ThenBy(m => m.Type).ThenBy(m => m.Value, StringComparer.Ordinal))
        {
            graphEdges.Add(new ExportEdge(EdgeId(graphEdges), docNode[m.DocumentId], identifierNode[(m.Type, m.Value)], "mentions",
                "mentions " + TypeName(m.Type) + " " + m.Value));
        }

        return new ExportGraph(nodes, graphEdges);
    }

    /// <summary>The wire name of an identifier type (crypto for wallets, as the extractor writes it).</summary>
    public static string TypeName(EntityType type) => type.ToString().ToLowerInvariant();

    private static string EdgeId(List<ExportEdge> edges) => "e" + edges.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
