namespace Ariadne.Scoring.Corpus;

/// <summary>
/// A training or evaluation example: the document, whether it is positive (trafficking-like), and the population
/// it came from (<c>trafficking</c>, <c>independent</c>, <c>spam</c>, <c>agency</c>, or <c>review</c> for a
/// reviewer's decision) so metrics can be reported per population.
/// </summary>
public sealed record LabelledDocument(ScoringDocument Document, bool Positive, string Population);
