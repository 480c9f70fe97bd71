namespace Ariadne.Core.Cases;

/// <summary>An investigation: the unit of need-to-know access. Only its members and Admins may see it.</summary>
public sealed class Case
{
    public required string Id { get; init; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>One of <see cref="CaseStatus"/>.</summary>
    public string Status { get; set; } = CaseStatus.Open;

    public string? OwnerUserId { get; set; }

    public DateTimeOffset CreatedAtUtc { get; init; }

    public DateTimeOffset UpdatedAtUtc { get; set; }
}
