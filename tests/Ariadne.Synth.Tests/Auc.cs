namespace Ariadne.Synth.Tests;

/// <summary>Area under the ROC curve by the Mann–Whitney rank sum, ties sharing their average rank.</summary>
public static class Auc
{
    public static double Of(IReadOnlyList<(double Score, bool Positive)> items)
    {
        var sorted = items.OrderBy(x => x.Score).ToList();
        double positiveRanks = 0;
        var positives = 0;
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j < sorted.Count && sorted[j].Score == sorted[i].Score)
            {
                j++;
            }

            var rank = (i + j + 1) / 2.0;
            for (var k = i; k < j; k++)
            {
                if (sorted[k].Positive)
                {
                    positiveRanks += rank;
                    positives++;
                }
            }

            i = j;
        }

        var negatives = sorted.Count - positives;
        return (positiveRanks - (positives * (positives + 1) / 2.0)) / ((double)positives * negatives);
    }
}
