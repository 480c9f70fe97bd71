namespace Ariadne.Store.Watches;

/// <summary>One document an evaluation found for one watch, before it is recorded.</summary>
public readonly record struct WatchHit(long WatchId, string DocumentId);
