using Ariadne.Scoring.Model;

namespace Ariadne.Scoring.Tests;

public sealed class PlattAndMetricsTests
{
    [Fact]
    public void Platt_recovers_a_known_sigmoid()
    {
        // Labels drawn from P(y|s) = 1/(1+exp(-2s+1)), i.e. A = -2, B = 1, on a fixed grid (no randomness).
        var scores = new List<double>();
        var labels = new List<bool>();
        for (var s = -3.0; s <= 3.0; s += 0.01)
        {
            var p = 1 / (1 + Math.Exp((-2 * s) + 1));
            for (var k = 0; k < 100; k++)
            {
                scores.Add(s);
                labels.Add(k < Math.Round(p * 100));
            }
        }

        var platt = PlattCalibrator.Fit(scores, labels);
        Assert.InRange(platt.A, -2.1, -1.9);
        Assert.InRange(platt.B, 0.9, 1.1);
        Assert.InRange(platt.Probability(0.5), 0.49, 0.51);
    }

    [Fact]
    public void Metrics_match_hand_computed_values()
    {
        double[] p = [0.9, 0.8, 0.7, 0.6, 0.4, 0.3, 0.2, 0.1];
        bool[] y = [true, true, false, true, false, false, true, false];
        string[] pop = ["trafficking", "trafficking", "independent", "trafficking", "independent", "spam", "trafficking", "independent"];
        var m = MetricsCalculator.Compute(p, y, pop);
        // Pairs a positive wins: 4 + 4 + 3 + 1 = 12 of 16.
        Assert.Equal(12.0 / 16, m.RocAuc, 6);
        Assert.Equal(((1.0 / 1) + (2.0 / 2) + (3.0 / 4) + (4.0 / 7)) / 4, m.PrAuc, 6);
        Assert.Equal(4.0 / 8, m.PrecisionAt100, 6);
        Assert.Equal(1.0 / 3, m.IndependentFpr, 6);
        Assert.Equal(0.5, m.RecallAt1PercentFpr, 6);
        Assert.Equal(0.75, m.Recall, 6);
    }
}
