namespace Ariadne.Store.Search;

/// <summary>One page of search results, newest first.</summary>
/// <param name="Items">The documents on this page.</param>
/// <param name="NextCursor">Pass as <see cref="DocumentSearchQuery.Cursor"/> for the next page; null on the last page.</param>
public sealed record DocumentSearchPage(IReadOnlyList<DocumentSummary> Items, string? NextCursor);
