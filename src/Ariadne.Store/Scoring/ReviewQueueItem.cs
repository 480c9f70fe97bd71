namespace Ariadne.Store.Scoring;

/// <summary>
/// One entry of the review queue. <see cref="Uncertain"/> marks a score near the decision boundary (within
/// <see cref="UncertainBand"/> of the operating threshold 0.5), where the model is genuinely unsure and a decision
/// teaches it the most; a score of 0.01 is confident, however low it ranks.
/// </summary>
public sealed record ReviewQueueItem(string DocumentId, string? Title, double Probability, bool Uncertain, string Explanation)
{
    /// <summary>
    /// How far from the threshold a score still counts as uncertain. The stored certainty is |p − 0.5|, 0.5 being the
    /// threshold every risk metric and the "high risk" tiles use (<c>MetricsCalculator.Threshold</c>).
    /// </summary>
    public const double UncertainBand = 0.15;

    public static bool IsUncertain(double certainty) => certainty <= UncertainBand;
}
