namespace Ariadne.Store.Watches;

/// <summary>
/// A saved search or a watched identifier, network or city of one account. Every analyze run evaluates it against
/// the documents that are new to the watch stage and records what matches as <see cref="WatchMatch"/> rows.
/// </summary>
public sealed class Watch
{
    public long Id { get; init; }

    /// <summary>The account (Identity user id) that owns it; watches are private to their owner.</summary>
    public required string OwnerUserId { get; init; }

    public required string Name { get; set; }

    public required WatchKind Kind { get; init; }

    /// <summary>
    /// What is watched: an E.164 phone, a lower-case e-mail, a handle, a wallet, a network id, a city as the maps write
    /// it ("Houston, US"); for a saved search the search's filters as JSON (<see cref="WatchSearch"/>).
    /// </summary>
    public required string Definition { get; init; }

    public DateTimeOffset CreatedAtUtc { get; init; }

    /// <summary>When an analyze run last evaluated it against new documents; null before the first run.</summary>
    public DateTimeOffset? EvaluatedAtUtc { get; set; }

    /// <summary>The owner's last visit to the watch's page: matches found after it are "new".</summary>
    public DateTimeOffset LastVisitUtc { get; set; }
}
