namespace Ariadne.Core.Indicators;

/// <summary>A rule that fired on a document, with the span that made it fire. Advisory only: a person decides.</summary>
public sealed class IndicatorHit
{
    public long Id { get; set; }

    public required string DocumentId { get; init; }

    /// <summary>Rule id within its versioned rule pack, e.g. <c>youth.coded-terms@1</c>.</summary>
    public required string RuleId { get; init; }

    public required string Category { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    public double Weight { get; init; }

    /// <summary>Plain-words reason shown to the analyst.</summary>
    public required string Explanation { get; init; }
}
