namespace Ariadne.Web.Graphs;

/// <summary>A link for graph.js, with a short label and the full reason it exists ("shares phone +1…").</summary>
public sealed record GraphEdge(string Id, string Source, string Target, string Label, string Reason);
