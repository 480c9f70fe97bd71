namespace Ariadne.Core.Cases;

/// <summary>
/// One entry of a case's append-only audit log. <see cref="Hash"/> is <see cref="AuditChain.ComputeHash"/> over the
/// fields and <see cref="PreviousHash"/>, so changing, removing or reordering an entry breaks every later link.
/// </summary>
public sealed class AuditRecord
{
    public required string CaseId { get; init; }

    /// <summary>1, 2, 3... per case, without gaps.</summary>
    public long Sequence { get; init; }

    /// <summary>Whole milliseconds, UTC (both engines store that exactly, so the hash survives a round trip).</summary>
    public DateTimeOffset AtUtc { get; init; }

    public string? UserId { get; init; }

    /// <summary>One of <see cref="AuditAction"/>.</summary>
    public required string Action { get; init; }

    /// <summary>What the action was on: an evidence id, a document id, a member's user id...</summary>
    public string? Subject { get; init; }

    /// <summary>Free text or compact JSON; for evidence capture it holds the SHA-256.</summary>
    public string? Details { get; init; }

    public required string PreviousHash { get; init; }

    public required string Hash { get; init; }
}
