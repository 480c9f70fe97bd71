using Ariadne.Core.Entities;

namespace Ariadne.Store.Linking;

/// <summary>What the link stage reads of one stored document: time, place as written, mentions and text signature.</summary>
public sealed record LinkSource(
    string DocumentId,
    DateTimeOffset? PostedAtUtc,
    string? LocationRaw,
    string? Country,
    IReadOnlyList<(EntityType Type, string Value)> Mentions,
    byte[]? Signature,
    int ShingleCount);
