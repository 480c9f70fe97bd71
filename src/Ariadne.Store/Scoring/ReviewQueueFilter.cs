namespace Ariadne.Store.Scoring;

/// <summary>
/// What the review page asks of the queue: undecided scored documents narrowed by risk band, indicator category,
/// posting city, network and language, in one order, one bounded page at a time.
/// </summary>
public sealed record ReviewQueueFilter
{
    public const int DefaultPageSize = 20;

    /// <summary>
    /// Pages are read with an offset, so the deepest page is bounded: 50 pages of 20 is the first 1,000 of a filtered
    /// queue, and skipping at most that many index entries costs what one page does. Narrower filters reach the rest.
    /// </summary>
    public const int MaxPages = 50;

    /// <summary>Lowest risk kept (inclusive), or null.</summary>
    public double? MinRisk { get; init; }

    /// <summary>Risk kept below this (exclusive), or null; 1 is kept by a band ending at 1 only when this is null.</summary>
    public double? MaxRisk { get; init; }

    /// <summary>An indicator category (<c>third-party</c>, <c>youth</c>…) the document must have a hit of.</summary>
    public string? Indicator { get; init; }

    /// <summary>The posting city as stored (<c>Houston, US</c>).</summary>
    public string? City { get; init; }

    public string? NetworkId { get; init; }

    /// <summary>The document's language as ingested (<c>es</c>).</summary>
    public string? Language { get; init; }

    public ReviewQueueSort Sort { get; init; }

    /// <summary>Zero-based page, at most <see cref="MaxPages"/> − 1.</summary>
    public int Page { get; init; }

    public int PageSize { get; init; } = DefaultPageSize;
}
