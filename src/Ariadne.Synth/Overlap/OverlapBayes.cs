namespace Ariadne.Synth.Overlap;

/// <summary>
/// Exact posterior log-odds of trafficking under the overlap profile's generative model (docs/data-formats.md,
/// "Overlap profile"). A poster of class c has habit k with probability rate[c][k]; each of its ads then carries
/// indicator k with probability q (habit) or r (no habit), independently across indicators and ads. Hence per ad
/// P(x_k = 1 | c) = rate·q + (1 − rate)·r, and per poster P(X | c) = Π_k [rate·Π_a q^x(1−q)^(1−x) +
/// (1 − rate)·Π_a r^x(1−r)^(1−x)]. The negatives are the mixture of the three negative classes weighted by their
/// prior: realised ad counts for a single ad (an ad drawn from the corpus), realised poster counts for a poster.
/// Everything is in log space so a poster of many ads cannot underflow.
/// </summary>
internal sealed class OverlapBayes
{
    private readonly double[][] _logRate;
    private readonly double[][] _logNoRate;
    private readonly double[][] _logMarginal;
    private readonly double[][] _logNoMarginal;
    private readonly double[] _logAdPrior;
    private readonly double[] _logPosterPrior;
    private readonly double _logQ, _log1MinusQ, _logR, _log1MinusR;

    /// <param name="rates">rate[class][indicator], classes in <see cref="OverlapPopulations.All"/> order (0 positive).</param>
    public OverlapBayes(double[][] rates, double q, double r, IReadOnlyList<int> adCounts, IReadOnlyList<int> posterCounts)
    {
        ArgumentNullException.ThrowIfNull(rates);
        _logRate = [.. rates.Select(c => c.Select(x => Math.Log(x)).ToArray())];
        _logNoRate = [.. rates.Select(c => c.Select(x => Math.Log(1 - x)).ToArray())];
        _logMarginal = [.. rates.Select(c => c.Select(x => Math.Log((x * q) + ((1 - x) * r))).ToArray())];
        _logNoMarginal = [.. rates.Select(c => c.Select(x => Math.Log(1 - ((x * q) + ((1 - x) * r)))).ToArray())];
        _logAdPrior = [.. adCounts.Select(n => Math.Log(n))];
        _logPosterPrior = [.. posterCounts.Select(n => Math.Log(n))];
        _logQ = Math.Log(q);
        _log1MinusQ = Math.Log(1 - q);
        _logR = Math.Log(r);
        _log1MinusR = Math.Log(1 - r);
    }

    /// <summary>log P(trafficking | x) − log P(not trafficking | x) for one ad's presence vector.</summary>
    public double AdLogOdds(IReadOnlyList<bool> present)
    {
        var joint = new double[_logMarginal.Length];
        for (var c = 0; c < joint.Length; c++)
        {
            var sum = _logAdPrior[c];
            for (var k = 0; k < present.Count; k++)
            {
                sum += present[k] ? _logMarginal[c][k] : _logNoMarginal[c][k];
            }

            joint[c] = sum;
        }

        return LogOdds(joint);
    }

    /// <summary>The log-odds given the presence vectors of all of one poster's ads.</summary>
    public double PosterLogOdds(IReadOnlyList<bool[]> ads)
    {
        ArgumentNullException.ThrowIfNull(ads);
        var indicators = _logRate[0].Length;
        var withIt = new int[indicators];
        foreach (var ad in ads)
        {
            for (var k = 0; k < indicators; k++)
            {
                withIt[k] += ad[k] ? 1 : 0;
            }
        }

        var joint = new double[_logRate.Length];
        Span<double> pair = stackalloc double[2];
        for (var c = 0; c < joint.Length; c++)
        {
            var sum = _logPosterPrior[c];
            for (var k = 0; k < indicators; k++)
            {
                // The poster's ads given the habit (q) or without it (r); the habit is summed out per indicator.
                var without = ads.Count - withIt[k];
                pair[0] = _logRate[c][k] + (withIt[k] * _logQ) + (without * _log1MinusQ);
                pair[1] = _logNoRate[c][k] + (withIt[k] * _logR) + (without * _log1MinusR);
                sum += LogSumExp(pair);
            }

            joint[c] = sum;
        }

        return LogOdds(joint);
    }

    /// <summary>log Σ exp(v), exact for large magnitudes; −∞ when every term is −∞.</summary>
    public static double LogSumExp(ReadOnlySpan<double> values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            max = Math.Max(max, v);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += Math.Exp(v - max);
        }

        return max + Math.Log(sum);
    }

    // joint[c] = log prior + log likelihood; class 0 is trafficking, the rest are the negatives' mixture.
    private static double LogOdds(double[] joint) => joint[0] - LogSumExp(joint.AsSpan(1));
}
