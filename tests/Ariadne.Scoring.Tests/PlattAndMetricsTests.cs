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

    /// <summary>
    /// Scores with ties, positives marked +: 0.9+ | 0.8− 0.8+ 0.8− | 0.5+ 0.5−. Three positives, three negatives.
    /// </summary>
    private static readonly double[] TiedScores = [0.9, 0.8, 0.8, 0.8, 0.5, 0.5];
    private static readonly bool[] TiedLabels = [true, false, true, false, true, false];
    private static readonly string[] TiedPopulations = ["trafficking", "independent", "trafficking", "independent", "trafficking", "independent"];

    [Fact]
    public void Pr_auc_takes_tied_scores_as_one_threshold()
    {
        var m = MetricsCalculator.Compute(TiedScores, TiedLabels, TiedPopulations);

        // Thresholds from the top, each taking its whole tie group (recall gained × precision there):
        //   ≥ 0.9: 1 of 1 right, recall 1/3 → 1/3 × 1   = 1/3
        //   ≥ 0.8: 2 of 4 right, recall 2/3 → 1/3 × 1/2 = 1/6
        //   ≥ 0.5: 3 of 6 right, recall 3/3 → 1/3 × 1/2 = 1/6
        // Sum 2/3 (sklearn's average_precision_score gives the same). Ranking ties by input order instead puts the
        // positive 0.8 third and the positive 0.5 fifth: (1 + 2/3 + 3/5) / 3 = 34/45.
        Assert.Equal(2.0 / 3, m.PrAuc, 9);
    }

    [Fact]
    public void Roc_auc_counts_tied_pairs_as_half()
    {
        var m = MetricsCalculator.Compute(TiedScores, TiedLabels, TiedPopulations);

        // 9 positive–negative pairs. 0.9+ beats all three negatives: 3. 0.8+ ties the two 0.8− (½ each) and beats
        // 0.5−: 2. 0.5+ loses to both 0.8− and ties 0.5−: ½. Total 5½ of 9.
        Assert.Equal(5.5 / 9, m.RocAuc, 9);
    }

    [Fact]
    public void Precision_at_100_counts_a_tie_group_cut_by_the_100th_place_in_proportion()
    {
        // 98 positives with distinct high scores, then four documents tied at 0.3 (two negatives first in the input,
        // then two positives) in places 99–102, then 20 negatives below. Two of the four tied places fit in the top
        // 100; in a random order of the tie each fits with chance 2/4, so 2 × 2/4 = 1 positive is expected among
        // them: (98 + 1) / 100 = 0.99. Ranking ties by input order would take the two negatives: 0.98.
        var scores = new List<double>();
        var labels = new List<bool>();
        for (var i = 0; i < 98; i++)
        {
            scores.Add(0.99 - (i * 0.005));
            labels.Add(true);
        }

        scores.AddRange([0.3, 0.3, 0.3, 0.3]);
        labels.AddRange([false, false, true, true]);
        for (var i = 0; i < 20; i++)
        {
            scores.Add(0.2 - (i * 0.005));
            labels.Add(false);
        }

        var m = MetricsCalculator.Compute(scores, labels, [.. scores.Select(_ => "spam")]);

        Assert.Equal(0.99, m.PrecisionAt100, 9);
    }

    [Fact]
    public void Metrics_do_not_depend_on_the_order_documents_come_in()
    {
        var forward = MetricsCalculator.Compute(TiedScores, TiedLabels, TiedPopulations);
        var backward = MetricsCalculator.Compute([.. TiedScores.Reverse()], [.. TiedLabels.Reverse()], [.. TiedPopulations.Reverse()]);

        Assert.Equal(forward, backward);
    }
}
