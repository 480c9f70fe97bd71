namespace Ariadne.Core.Review;

/// <summary>
/// A reviewer's decision on a queued document, kept with who and when. Decisions are never overwritten: the
/// latest one per document counts, and <c>ariadne model train</c> uses confirm/dismiss as labels.
/// </summary>
public sealed class ReviewDecision
{
    public long Id { get; set; }

    public required string DocumentId { get; init; }

    public required ReviewVerdict Verdict { get; init; }

    /// <summary>Why, in the reviewer's words (required: a decision without a reason cannot be audited).</summary>
    public required string Reason { get; init; }

    public required string Reviewer { get; init; }

    public DateTimeOffset DecidedAtUtc { get; init; }

    /// <summary>The risk shown to the reviewer when deciding, for auditing how the queue steered decisions.</summary>
    public double? ProbabilityShown { get; init; }
}
