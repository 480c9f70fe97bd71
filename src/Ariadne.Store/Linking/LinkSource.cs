using Ariadne.Core.Entities;

namespace Ariadne.Store.Linking;

/// <summary>What the link stage reads of one stored document: time, the city it was posted in (as the extract stage decided it), mentions, text signature and template phrases.</summary>
public sealed record LinkSource(
    string DocumentId,
    DateTimeOffset? PostedAtUtc,
    string? PostingCity,
    IReadOnlyList<(EntityType Type, string Value)> Mentions,
    byte[]? Signature,
    int ShingleCount)
{
    /// <summary>The document's kept template phrases as stored (little-endian uint32, ascending); empty when unsigned.</summary>
    public byte[] Phrases { get; init; } = [];
}
