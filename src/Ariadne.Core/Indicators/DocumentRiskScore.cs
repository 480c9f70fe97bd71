namespace Ariadne.Core.Indicators;

/// <summary>
/// A document's calibrated risk from the scoring stage, with its explanation. Advisory only: it orders the review
/// queue; nothing is acted on without a person's decision.
/// </summary>
public sealed class DocumentRiskScore
{
    public required string DocumentId { get; init; }

    /// <summary>Calibrated probability (0–1) that the document is trafficking-like, per the model's training data.</summary>
    public double Probability { get; set; }

    /// <summary>|Probability − 0.5|: small means the model is unsure, which is what active learning asks a person about.</summary>
    public double Certainty { get; set; }

    /// <summary>Sum of the weights of the distinct indicator rules that fired.</summary>
    public double RuleWeight { get; set; }

    /// <summary>Id of the model (metadata model_id) that produced the probability, or "rules" when none was loaded.</summary>
    public required string ModelId { get; set; }

    /// <summary>The plain-words reasons, one per line: rule hits and network facts.</summary>
    public required string Explanation { get; set; }

    public DateTimeOffset ScoredAtUtc { get; set; }
}
