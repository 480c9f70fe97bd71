using Ariadne.Scoring.Model;

namespace Ariadne.Cli.Commands;

/// <summary>
/// Finds the risk model <c>ariadne analyze</c> and <c>ariadne score</c> use: <c>--model DIR</c>, else ARIADNE_MODEL
/// (a tree model trained with <c>ariadne model train</c>, or an evidence calibration written by
/// <c>ariadne model calibrate</c>), else the evidence model over the shipped rule packs with its shipped
/// calibration. The default needs no training and no download: every weight is a rule's likelihood ratio.
/// </summary>
public static class RiskModelResolver
{
    public static IRiskScorer Resolve(string? modelDirectory, TextWriter log, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(log);
        var explicitDir = modelDirectory ?? Environment.GetEnvironmentVariable("ARIADNE_MODEL");
        if (string.IsNullOrWhiteSpace(explicitDir))
        {
            return EvidenceModel.Default;
        }

        var dir = Path.GetFullPath(explicitDir);
        if (File.Exists(Path.Combine(dir, EvidenceCalibrationFile.FileName)))
        {
            return new EvidenceModel(Scoring.Matching.IndicatorEngine.Default, EvidenceCalibrationFile.Read(Path.Combine(dir, EvidenceCalibrationFile.FileName)));
        }

        return RiskModel.Load(dir);
    }
}
