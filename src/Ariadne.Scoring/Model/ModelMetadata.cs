namespace Ariadne.Scoring.Model;

/// <summary>
/// Saved beside every model as metadata.json: enough to know what a score came from and to retrain it bit for bit
/// (format in docs/data-formats.md, "Risk model").
/// </summary>
public sealed record ModelMetadata
{
    public int FormatVersion { get; init; } = FeatureLayout.FormatVersion;

    /// <summary>Content id: first 16 hex digits of SHA-256 over model.zip's entries (names and bytes, not timestamps) and the calibration.</summary>
    public string ModelId { get; init; } = string.Empty;

    public long Seed { get; init; }

    /// <summary>Where the training data came from, e.g. "synth seed=1 ads=20000" or a file path.</summary>
    public required string Corpus { get; init; }

    public required IReadOnlyList<string> FeatureGroups { get; init; }

    public int HashBuckets { get; init; } = FeatureLayout.HashBuckets;

    public required IReadOnlyList<string> RulePacks { get; init; }

    public required string Trainer { get; init; }

    public int TrainingDocuments { get; init; }

    public int TrainingPositives { get; init; }

    public int CalibrationDocuments { get; init; }

    /// <summary>Reviewer decisions from the store that were used as labels.</summary>
    public int ReviewDecisions { get; init; }

    public required double PlattA { get; init; }

    public required double PlattB { get; init; }

    /// <summary>Metrics on the held-out calibration split (the real evaluation is <c>ariadne model evaluate</c> on another seed).</summary>
    public required EvaluationMetrics CalibrationMetrics { get; init; }

    public DateTimeOffset TrainedAtUtc { get; init; }
}
