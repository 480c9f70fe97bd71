namespace Ariadne.Store.Scoring;

/// <summary>One page of the filtered review queue; <see cref="HasMore"/> when a further page exists (within the bound).</summary>
public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueEntry> Entries, bool HasMore);
