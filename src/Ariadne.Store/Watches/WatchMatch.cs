namespace Ariadne.Store.Watches;

/// <summary>A document that matched a watch when it was new. The key is (watch, document), so a match is recorded once.</summary>
public sealed class WatchMatch
{
    public required long WatchId { get; init; }

    public required string DocumentId { get; init; }

    public DateTimeOffset FoundAtUtc { get; init; }
}
