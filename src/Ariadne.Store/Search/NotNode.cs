namespace Ariadne.Store.Search;

/// <summary>The item must not match.</summary>
internal sealed record NotNode(SearchNode Item) : SearchNode;
