namespace Ariadne.Scoring.Model;

/// <summary>
/// The calibration the evidence model ships with, and where it came from: Platt scaling of the summed evidence on
/// the overlap profile of the generator (setting a, seed 1, 20,000 ads, 30% of them from controlled networks), then
/// checked on other seeds and on setting b (docs/benchmarks.md, "Risk score"). The share of trafficking among a site's
/// ads differs from one site to the next, so refit with <c>ariadne model calibrate</c> on your own reviewed ads; the
/// order of the scores does not change, only what a probability means.
/// </summary>
public static class EvidenceCalibration
{
    public static EvidenceOptions Shipped { get; } = new()
    {
        Scale = 1.2387,
        Intercept = -2.9081,
        Calibration = "Platt fit on synth --profile overlap --overlap-setting a --seed 1 --ads 20000 (rule pack core-indicators v2 with shared sentences left out, 2026-12-07)",
    };
}
