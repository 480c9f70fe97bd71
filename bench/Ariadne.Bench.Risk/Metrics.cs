namespace Ariadne.Bench.Risk;

/// <summary>The measures of the evaluation that <c>MetricsCalculator</c> does not have, on plain arrays.</summary>
internal static class Metrics
{
    /// <summary>
    /// Share of positives at or above the lowest threshold that flags at most <paramref name="rate"/> of the
    /// reference ads (independents): ties at the threshold are flagged together, so a coarse score cannot cheat.
    /// </summary>
    public static double RecallAtReferenceRate(double[] scores, bool[] labels, bool[] reference, double rate)
    {
        var refScores = scores.Where((_, i) => reference[i]).OrderDescending().ToArray();
        var allowed = (int)Math.Floor(refScores.Length * rate);
        // The lowest threshold t with count(ref >= t) <= allowed: just above the (allowed+1)-th highest reference score.
        var threshold = allowed >= refScores.Length ? double.NegativeInfinity : NextUp(refScores[allowed]);
        double pos = 0, hit = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (labels[i])
            {
                pos++;
                hit += scores[i] >= threshold ? 1 : 0;
            }
        }

        return hit / pos;
    }

    /// <summary>Mean score of the ads in <paramref name="which"/> that have <paramref name="feature"/> over those that do not.</summary>
    public static double MeanRatio(double[] scores, bool[] which, bool[] feature)
    {
        double a = 0, na = 0, b = 0, nb = 0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (!which[i])
            {
                continue;
            }

            if (feature[i])
            {
                a += scores[i];
                na++;
            }
            else
            {
                b += scores[i];
                nb++;
            }
        }

        return na == 0 || nb == 0 || b == 0 ? double.NaN : a / na / (b / nb);
    }

    public static IEnumerable<(double Low, int Count, double MeanRisk, double Observed)> Reliability(double[] p, bool[] labels, int bins)
    {
        for (var b = 0; b < bins; b++)
        {
            double lo = b / (double)bins, hi = (b + 1) / (double)bins;
            var members = Enumerable.Range(0, p.Length).Where(i => p[i] >= lo && (p[i] < hi || (b == bins - 1 && p[i] <= 1))).ToList();
            if (members.Count > 0)
            {
                yield return (lo, members.Count, members.Average(i => p[i]), members.Count(i => labels[i]) / (double)members.Count);
            }
        }
    }

    private static double NextUp(double x) => Math.BitIncrement(x);
}
