using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Evidence;
using Ariadne.Scoring.Matching;

namespace Ariadne.Scoring.Model;

/// <summary>
/// Scores one document with the evidence of its linked network. Two kinds exist: the evidence model (rules'
/// likelihood ratios, transparent, the default) and a trained tree model (<see cref="RiskModel"/>, from labelled
/// data such as reviewer decisions). Thread-safe.
/// </summary>
public interface IRiskScorer
{
    /// <summary>A short id stored with every score, so a score says which logic produced it.</summary>
    string ModelId { get; }

    /// <summary>The rule packs the scorer matches.</summary>
    IndicatorEngine Rules { get; }

    RiskScore Score(ScoringDocument document, NetworkEvidence network, IPriceReference? prices);
}
