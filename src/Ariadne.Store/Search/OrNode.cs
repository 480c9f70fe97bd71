namespace Ariadne.Store.Search;

/// <summary>At least one item must match (at least two items).</summary>
internal sealed record OrNode(IReadOnlyList<SearchNode> Items) : SearchNode;
