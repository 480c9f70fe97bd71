using Ariadne.Linking.Evaluation;

namespace Ariadne.Linking.Tests;

public sealed class ClusteringScoreTests
{
    [Fact]
    public void Known_answer_for_a_small_contingency_table()
    {
        // Truth {0,1} {2,3}; prediction {0,1,2} {3}: one correct pair of three predicted, of two true.
        var score = ClusteringScore.Compute(["a", "a", "b", "b"], ["x", "x", "x", "y"]);
        Assert.Equal(2, score.TruePairs);
        Assert.Equal(3, score.PredictedPairs);
        Assert.Equal(1, score.CorrectPairs);
        Assert.Equal(1.0 / 3, score.Precision, 12);
        Assert.Equal(0.5, score.Recall, 12);
        Assert.Equal(0.0, score.AdjustedRandIndex, 12);
    }

    [Fact]
    public void Perfect_prediction_scores_one_whatever_the_labels_are_called()
    {
        var score = ClusteringScore.Compute(["a", "a", "b", "c", "c", "c"], ["3", "3", "9", "1", "1", "1"]);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.AdjustedRandIndex, 12);
    }
}
