namespace Ariadne.Core.Cases;

/// <summary>A piece of work in a case, open until someone marks it done.</summary>
public sealed class CaseTask
{
    public required string Id { get; init; }

    public required string CaseId { get; init; }

    public required string Title { get; init; }

    public string? AssigneeUserId { get; set; }

    public DateTimeOffset? DueUtc { get; set; }

    public string? CreatedByUserId { get; init; }

    public DateTimeOffset CreatedAtUtc { get; init; }

    public DateTimeOffset? DoneAtUtc { get; set; }

    public string? DoneByUserId { get; set; }
}
