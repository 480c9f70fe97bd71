namespace Ariadne.Store.Search;

/// <summary>A word, phrase or prefix matched in a document's title or body.</summary>
internal sealed record TermNode(SearchTerm Term) : SearchNode;
