using Ariadne.Scoring.Matching;

namespace Ariadne.Scoring.Model;

/// <summary>
/// A document's calibrated risk (0–1: 0.8 means about 80% of documents scored so are trafficking-like in the data
/// the model was calibrated on) with what drove it: the rule hits in its own title and text, and every reason with
/// its weight, in plain words. Advisory only.
/// </summary>
public sealed record RiskScore(double Probability, IReadOnlyList<RuleHit> Hits, IReadOnlyList<RiskReason> Reasons);
