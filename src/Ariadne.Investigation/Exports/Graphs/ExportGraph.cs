namespace Ariadne.Investigation.Exports.Graphs;

/// <summary>An undirected graph ready to write: nodes and edges in a deterministic order, ids unique.</summary>
public sealed record ExportGraph(IReadOnlyList<ExportNode> Nodes, IReadOnlyList<ExportEdge> Edges);
