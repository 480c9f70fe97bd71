namespace Ariadne.Store.Search;

/// <summary>A field filter of the query language on a document column (<c>city:</c>, <c>country:</c>, <c>kind:</c>, <c>source:</c>).</summary>
internal sealed record FieldNode(SearchField Field, string Value) : SearchNode;
