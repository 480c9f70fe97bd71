namespace Ariadne.Store.Search;

/// <summary>Every item must match (at least two items).</summary>
internal sealed record AndNode(IReadOnlyList<SearchNode> Items) : SearchNode;
