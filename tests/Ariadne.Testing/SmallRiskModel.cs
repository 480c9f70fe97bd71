using Ariadne.Scoring.Model;

namespace Ariadne.Testing;

/// <summary>
/// The risk scorer the pipeline, web and browser tests score with: the shipped evidence model (the rule packs'
/// likelihood ratios and the shipped calibration), as <c>ariadne analyze</c> uses by default. It needs no training,
/// so the test store gets real scores, hits and a review queue at no cost.
/// </summary>
public static class SmallRiskModel
{
    public static IRiskScorer Instance => EvidenceModel.Default;
}
