namespace Ariadne.Store.Watches;

/// <summary>A watch with its match counts: all matches, and those found since the owner last opened its page.</summary>
public sealed record WatchSummary(Watch Watch, long Matches, long NewMatches);
