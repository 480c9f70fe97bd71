namespace Ariadne.Scoring.Model;

/// <summary>The numbers <c>ariadne model evaluate</c> prints (definitions in docs/data-formats.md, "Risk model").</summary>
public sealed record EvaluationMetrics
{
    public int Documents { get; init; }

    public int Positives { get; init; }

    public double RocAuc { get; init; }

    public double PrAuc { get; init; }

    public double PrecisionAt100 { get; init; }

    public double RecallAt1PercentFpr { get; init; }

    public double ExpectedCalibrationError { get; init; }

    /// <summary>Share of independent adult workers' ads with probability ≥ 0.5 (the negatives that must not be flagged).</summary>
    public double IndependentFpr { get; init; }

    public int IndependentDocuments { get; init; }

    /// <summary>Share of all negatives with probability ≥ 0.5.</summary>
    public double Fpr { get; init; }

    /// <summary>Share of positives with probability ≥ 0.5.</summary>
    public double Recall { get; init; }

    /// <summary>Share of independent workers' ads on which at least one indicator rule fired (rules alone, no model).</summary>
    public double IndependentRuleHitRate { get; init; }

    /// <summary>Share of positive ads on which at least one indicator rule fired.</summary>
    public double PositiveRuleHitRate { get; init; }
}
