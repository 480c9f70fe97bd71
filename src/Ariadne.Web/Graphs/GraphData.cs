namespace Ariadne.Web.Graphs;

/// <summary>The JSON graph.js draws; the contract shared by the entity page and the network page.</summary>
public sealed record GraphData(IReadOnlyList<GraphNode> Nodes, IReadOnlyList<GraphEdge> Edges);
