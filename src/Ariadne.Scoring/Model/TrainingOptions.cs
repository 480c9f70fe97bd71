namespace Ariadne.Scoring.Model;

/// <summary>How <see cref="RiskModelTrainer"/> trains; the same options and data give the same model.</summary>
public sealed class TrainingOptions
{
    public int Seed { get; init; } = 1;

    public FeatureSet Features { get; init; } = FeatureSet.All;

    public required string CorpusDescription { get; init; }

    public int Trees { get; init; } = 100;

    public int Leaves { get; init; } = 16;

    /// <summary>Share of the identifier groups held out to fit the Platt calibrator.</summary>
    public double CalibrationFraction { get; init; } = 0.2;

    public int ReviewDecisions { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
