namespace Ariadne.Core.Cases;

/// <summary>
/// A document, entity or network linked to a case. <see cref="Key"/> is the document id, the network id, or an
/// entity as <c>type:value</c> (e.g. <c>phone:+15555550123</c>).
/// </summary>
public sealed class CaseItem
{
    public required string CaseId { get; init; }

    /// <summary>One of <see cref="CaseItemType"/>.</summary>
    public required string ItemType { get; init; }

    public required string Key { get; init; }

    public string? AddedByUserId { get; init; }

    public DateTimeOffset AddedAtUtc { get; init; }
}
