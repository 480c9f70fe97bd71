namespace Ariadne.Core.Cases;

/// <summary>An investigation: the unit of need-to-know access. Only the fields the schema needs today.</summary>
public sealed class Case
{
    public required string Id { get; init; }

    public required string Title { get; set; }

    public string Status { get; set; } = "open";

    public string? OwnerUserId { get; set; }

    public DateTimeOffset CreatedAtUtc { get; init; }
}
