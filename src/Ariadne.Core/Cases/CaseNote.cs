namespace Ariadne.Core.Cases;

/// <summary>A note written into a case. Notes are never edited; a correction is a new note.</summary>
public sealed class CaseNote
{
    public required string Id { get; init; }

    public required string CaseId { get; init; }

    public required string Text { get; init; }

    public string? AuthorUserId { get; init; }

    public DateTimeOffset CreatedAtUtc { get; init; }
}
