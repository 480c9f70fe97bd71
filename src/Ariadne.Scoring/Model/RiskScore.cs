using Ariadne.Scoring.Matching;

namespace Ariadne.Scoring.Model;

/// <summary>
/// A document's calibrated risk (0–1: 0.8 means about 80% of documents scored so are trafficking-like in the
/// training data) with what drove it: the rule hits and the network facts, in plain words. Advisory only.
/// </summary>
public sealed record RiskScore(double Probability, IReadOnlyList<RuleHit> Hits, IReadOnlyList<string> Reasons);
