namespace Ariadne.Core.Indicators;

/// <summary>A rule that fired on a document, with the span that made it fire. Advisory only: a person decides.</summary>
public sealed class IndicatorHit
{
    public long Id { get; set; }

    public required string DocumentId { get; init; }

    /// <summary>Rule id within its versioned rule pack, e.g. <c>youth.coded-terms@1</c>.</summary>
    public required string RuleId { get; init; }

    public required string Category { get; init; }

    /// <summary>Which field <see cref="Start"/> and <see cref="End"/> point into: <see cref="IndicatorHitField.Text"/> (the body) or <see cref="IndicatorHitField.Title"/>.</summary>
    public string Field { get; init; } = IndicatorHitField.Text;

    public int Start { get; init; }

    public int End { get; init; }

    public double Weight { get; init; }

    /// <summary>Plain-words reason shown to the analyst.</summary>
    public required string Explanation { get; init; }
}
