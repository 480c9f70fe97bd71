using Ariadne.Analysis.Linking;
using Ariadne.Linking;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Model;

namespace Ariadne.Analysis.Scoring;

/// <summary>
/// Fits the evidence model's two calibration numbers to labelled ads: scores them offline (extract, link, weigh, as
/// <c>ariadne score</c> does), then Platt-scales the summed evidence against the labels. The ratios themselves are
/// not fitted: they stay the rules' cited values, so the calibration moves every score alike and the order stays.
/// </summary>
public static class EvidenceCalibrator
{
    public static EvidenceOptions Fit(IReadOnlyList<LinkInputRecord> records, IReadOnlyList<bool> positive, string description, IndicatorEngine? rules = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(positive);
        if (records.Count != positive.Count)
        {
            throw new ArgumentException($"{records.Count} records but {positive.Count} labels");
        }

        var raw = new EvidenceModel(rules ?? IndicatorEngine.Default, new EvidenceOptions { Scale = 1, Intercept = 0 });
        var scores = OfflineScorer.Run(records, raw, new LinkOptions { Parallelism = Environment.ProcessorCount }, cancellationToken);
        var evidence = scores.Select(s => s.Reasons.Sum(r => r.Weight)).ToList();
        var platt = PlattCalibrator.Fit(evidence, positive);
        // Platt's form is 1 / (1 + exp(A·s + B)); the evidence model's is σ(Scale·s + Intercept).
        return new EvidenceOptions { Scale = -platt.A, Intercept = -platt.B, Calibration = description };
    }
}
