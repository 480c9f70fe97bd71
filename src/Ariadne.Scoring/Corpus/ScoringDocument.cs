using Ariadne.Extraction;

namespace Ariadne.Scoring.Corpus;

/// <summary>What the scorer needs of one document: its body, where and when it was posted, and its entities.</summary>
public sealed record ScoringDocument
{
    public required string Id { get; init; }

    public required string Text { get; init; }

    /// <summary>The ad's title, read for indicator wording too (ads put a good part of it there); null when none.</summary>
    public string? Title { get; init; }

    /// <summary>Where the ad says it is, as written ("Houston, TX"), or null.</summary>
    public string? Location { get; init; }

    public string? Country { get; init; }

    public DateTimeOffset? PostedUtc { get; init; }

    /// <summary>
    /// Spans of <see cref="Text"/> that unrelated posters share word for word (<see cref="Evidence.SharedWording"/>):
    /// indicator wording inside them is not the poster's and does not count. Empty when unknown.
    /// </summary>
    public IReadOnlyList<(int Start, int End)> SharedSpans { get; init; } = [];

    /// <summary>Entities of <see cref="Text"/> in text order (the extractor's output).</summary>
    public required IReadOnlyList<ExtractedEntity> Entities { get; init; }
}
