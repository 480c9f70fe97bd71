namespace Ariadne.Linking;

/// <summary>
/// What linking needs to know of one document: its identifiers (the strong evidence), its text (for near-duplicate
/// templates) and the descriptive facts that summarise a network (names, ages, cities, time).
/// </summary>
public sealed class LinkDocument
{
    public required string Id { get; init; }

    public string Text { get; init; } = string.Empty;

    public DateTimeOffset? PostedUtc { get; init; }

    public IReadOnlyList<LinkIdentifier> Identifiers { get; init; } = [];

    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<int> Ages { get; init; } = [];

    /// <summary>Kept template phrases (<see cref="Text.PhraseSampler"/>), when the caller sampled them already; null samples <see cref="Text"/>.</summary>
    public uint[]? Phrases { get; init; }

    /// <summary>Cities as "City, CC": the first is where the document was posted (its location field or first mention).</summary>
    public IReadOnlyList<string> Cities { get; init; } = [];
}
