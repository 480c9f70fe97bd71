namespace Ariadne.Store.Watches;

/// <summary>One page of a watch's matches, most recently found first.</summary>
/// <param name="NextCursor">Pass back for the next page; null on the last page.</param>
public sealed record WatchMatchPage(IReadOnlyList<WatchedDocument> Items, string? NextCursor);
