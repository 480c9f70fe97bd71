namespace Ariadne.Linking.Evaluation;

/// <summary>
/// Pairwise precision/recall/F1 of "same network" and the adjusted Rand index (Hubert &amp; Arabie 1985) of a
/// predicted clustering against the truth, both computed from the contingency table in O(n) rather than over pairs.
/// </summary>
public sealed record ClusteringScore(long TruePairs, long PredictedPairs, long CorrectPairs, double AdjustedRandIndex)
{
    public double Precision => PredictedPairs == 0 ? 1 : (double)CorrectPairs / PredictedPairs;

    public double Recall => TruePairs == 0 ? 1 : (double)CorrectPairs / TruePairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="truth"/> (one label per item, same order).</summary>
    public static ClusteringScore Compute(IReadOnlyList<string> truth, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(predicted);
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException("truth and prediction must label the same items");
        }

        var cells = new Dictionary<(string, string), long>();
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var cols = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < truth.Count; i++)
        {
            cells[(truth[i], predicted[i])] = cells.GetValueOrDefault((truth[i], predicted[i])) + 1;
            rows[truth[i]] = rows.GetValueOrDefault(truth[i]) + 1;
            cols[predicted[i]] = cols.GetValueOrDefault(predicted[i]) + 1;
        }

        var index = cells.Values.Sum(Pairs);
        var truePairs = rows.Values.Sum(Pairs);
        var predictedPairs = cols.Values.Sum(Pairs);
        var all = Pairs(truth.Count);
        var expected = all == 0 ? 0 : (double)truePairs * predictedPairs / all;
        var max = (truePairs + predictedPairs) / 2.0;
        var ari = max - expected == 0 ? 1 : (index - expected) / (max - expected);
        return new ClusteringScore(truePairs, predictedPairs, index, ari);
    }

    private static long Pairs(long n) => n * (n - 1) / 2;
}
