using Microsoft.ML.Data;

namespace Ariadne.Scoring.Model;

/// <summary>ML.NET input row: the feature vector and, for training, the label.</summary>
internal sealed class FeatureRow
{
    [VectorType(FeatureLayout.Length)]
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }
}
