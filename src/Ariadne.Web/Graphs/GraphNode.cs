namespace Ariadne.Web.Graphs;

/// <summary>A node for graph.js: an ad or an identifier; <see cref="Focus"/> marks the entity the page is about.</summary>
public sealed record GraphNode(string Id, string Type, string Label, string? Href, bool Focus);
