namespace Ariadne.Core.Cases;

/// <summary>An account with need-to-know access to a case.</summary>
public sealed class CaseMember
{
    public required string CaseId { get; init; }

    public required string UserId { get; init; }

    public string? AddedByUserId { get; init; }

    public DateTimeOffset AddedAtUtc { get; init; }
}
