namespace Ariadne.Scoring.Model;

/// <summary>Ranking and calibration metrics from probabilities and known answers.</summary>
public static class MetricsCalculator
{
    public const double Threshold = 0.5;

    public static EvaluationMetrics Compute(IReadOnlyList<double> probabilities, IReadOnlyList<bool> labels, IReadOnlyList<string> populations)
    {
        ArgumentNullException.ThrowIfNull(probabilities);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(populations);
        var n = probabilities.Count;
        var order = Enumerable.Range(0, n).OrderByDescending(i => probabilities[i]).ThenBy(i => i).ToArray();
        var pos = labels.Count(l => l);
        var neg = n - pos;
        var independent = Enumerable.Range(0, n).Where(i => populations[i] == "independent").ToList();
        return new EvaluationMetrics
        {
            Documents = n,
            Positives = pos,
            RocAuc = RocAuc(probabilities, labels, pos, neg),
            PrAuc = AveragePrecision(order, probabilities, labels, pos),
            PrecisionAt100 = PrecisionAt(order, probabilities, labels, 100),
            RecallAt1PercentFpr = RecallAtFpr(order, probabilities, labels, pos, neg, 0.01),
            ExpectedCalibrationError = Ece(probabilities, labels, 10),
            IndependentDocuments = independent.Count,
            IndependentFpr = independent.Count == 0 ? 0 : independent.Count(i => probabilities[i] >= Threshold) / (double)independent.Count,
            Fpr = neg == 0 ? 0 : Enumerable.Range(0, n).Count(i => !labels[i] && probabilities[i] >= Threshold) / (double)neg,
            Recall = pos == 0 ? 0 : Enumerable.Range(0, n).Count(i => labels[i] && probabilities[i] >= Threshold) / (double)pos,
        };
    }

    /// <summary>Mann–Whitney form: the chance a random positive outranks a random negative, ties counting half.</summary>
    private static double RocAuc(IReadOnlyList<double> p, IReadOnlyList<bool> labels, int pos, int neg)
    {
        if (pos == 0 || neg == 0)
        {
            return double.NaN;
        }

        var ascending = Enumerable.Range(0, p.Count).OrderBy(i => p[i]).ToArray();
        double rankSum = 0;
        var k = 0;
        while (k < ascending.Length)
        {
            var j = k;
            while (j + 1 < ascending.Length && p[ascending[j + 1]] == p[ascending[k]])
            {
                j++;
            }

            var averageRank = ((k + j) / 2.0) + 1;
            for (var m = k; m <= j; m++)
            {
                if (labels[ascending[m]])
                {
                    rankSum += averageRank;
                }
            }

            k = j + 1;
        }

        return (rankSum - (pos * (pos + 1) / 2.0)) / ((double)pos * neg);
    }

    /// <summary>
    /// Average precision as sklearn's <c>average_precision_score</c> computes it: the sum over distinct score thresholds,
    /// from the highest down, of the recall gained at that threshold times the precision there. Equal scores are one
    /// threshold (a cut cannot split them), so the answer does not depend on the order the documents came in.
    /// </summary>
    private static double AveragePrecision(int[] order, IReadOnlyList<double> p, IReadOnlyList<bool> labels, int pos)
    {
        if (pos == 0)
        {
            return double.NaN;
        }

        double tp = 0, fp = 0, sum = 0;
        var r = 0;
        while (r < order.Length)
        {
            var s = r;
            var groupTp = 0;
            while (r < order.Length && p[order[r]] == p[order[s]])
            {
                if (labels[order[r]])
                {
                    groupTp++;
                    tp++;
                }
                else
                {
                    fp++;
                }

                r++;
            }

            sum += groupTp / (double)pos * (tp / (tp + fp));
        }

        return sum;
    }

    /// <summary>
    /// Precision among the <paramref name="k"/> highest scores (all of them when there are fewer). When the k-th
    /// place falls inside a group of equal scores, only part of that group fits; its positives count in proportion,
    /// which is the precision expected over every order the tied documents could have come in.
    /// </summary>
    private static double PrecisionAt(int[] order, IReadOnlyList<double> p, IReadOnlyList<bool> labels, int k)
    {
        var take = Math.Min(k, order.Length);
        if (take == 0)
        {
            return 0;
        }

        double hits = 0;
        var r = 0;
        while (r < take)
        {
            var s = r;
            var groupTp = 0;
            while (r < order.Length && p[order[r]] == p[order[s]])
            {
                groupTp += labels[order[r]] ? 1 : 0;
                r++;
            }

            // The part of this group that fits in the first `take` places: all of it, unless the cut falls inside.
            var fits = Math.Min(r, take) - s;
            hits += groupTp * (fits / (double)(r - s));
        }

        return hits / take;
    }

    /// <summary>Recall at the strictest threshold that keeps the false-positive rate at or under <paramref name="fpr"/>.</summary>
    private static double RecallAtFpr(int[] order, IReadOnlyList<double> p, IReadOnlyList<bool> labels, int pos, int neg, double fpr)
    {
        if (pos == 0 || neg == 0)
        {
            return double.NaN;
        }

        var allowed = (int)Math.Floor(fpr * neg);
        int tp = 0, fp = 0, best = 0;
        var r = 0;
        while (r < order.Length)
        {
            // Take a whole tie group at once: a threshold cannot split equal scores.
            var s = r;
            int groupTp = 0, groupFp = 0;
            while (r < order.Length && p[order[r]] == p[order[s]])
            {
                if (labels[order[r]])
                {
                    groupTp++;
                }
                else
                {
                    groupFp++;
                }

                r++;
            }

            if (fp + groupFp > allowed)
            {
                break;
            }

            tp += groupTp;
            fp += groupFp;
            best = tp;
        }

        return best / (double)pos;
    }

    private static double Ece(IReadOnlyList<double> p, IReadOnlyList<bool> labels, int bins)
    {
        var count = new int[bins];
        var confidence = new double[bins];
        var positives = new double[bins];
        for (var i = 0; i < p.Count; i++)
        {
            var b = Math.Min(bins - 1, (int)(p[i] * bins));
            count[b]++;
            confidence[b] += p[i];
            positives[b] += labels[i] ? 1 : 0;
        }

        var ece = 0.0;
        for (var b = 0; b < bins; b++)
        {
            if (count[b] > 0)
            {
                ece += count[b] / (double)p.Count * Math.Abs((positives[b] - confidence[b]) / count[b]);
            }
        }

        return ece;
    }
}
