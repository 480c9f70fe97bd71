namespace Ariadne.Store.Search;

/// <summary>One token of query text; <see cref="Field"/> is the lower-case field name of a field filter.</summary>
internal readonly record struct QueryToken(QueryTokenKind Kind, string Text, string? Field = null);
