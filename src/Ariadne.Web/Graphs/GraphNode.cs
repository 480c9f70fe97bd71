namespace Ariadne.Web.Graphs;

/// <summary>
/// A node for graph.js: an ad, an identifier, or (in an aggregated graph) a city or month of ads; <see cref="Focus"/>
/// marks the entity the page is about, <see cref="Count"/> the ads a node stands for (drawn as its size).
/// </summary>
public sealed record GraphNode(string Id, string Type, string Label, string? Href, bool Focus, int? Count = null);
