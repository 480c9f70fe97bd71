using Ariadne.Synth.Overlap;

namespace Ariadne.Synth.Tests;

/// <summary>The Bayes log-odds in truth.json are exact (against brute force) and order the classes as they should.</summary>
public sealed class OverlapBayesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ariadne-synth-bayes-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Closed_forms_match_brute_force_over_every_habit_vector()
    {
        var options = new OverlapProfileOptions();
        var rates = OverlapPopulations.All.Select(p => options.Rates.Of(p).ToArray()).ToArray();
        int[] adCounts = [6000, 9000, 2600, 2400];
        int[] posterCounts = [430, 3000, 130, 400];
        var bayes = new OverlapBayes(rates, options.HabitAdChance, options.StrayAdChance, adCounts, posterCounts);

        var rng = new Random(5);
        for (var trial = 0; trial < 6; trial++)
        {
            var ads = Enumerable.Range(0, 1 + (trial % 3) + trial).Select(_ => Enumerable.Range(0, OverlapIndicators.Count).Select(_ => rng.NextDouble() < 0.3).ToArray()).ToList();
            var expectedPoster = BruteForce(rates, options.HabitAdChance, options.StrayAdChance, posterCounts, ads);
            Assert.Equal(expectedPoster, bayes.PosterLogOdds(ads), 9);
            var expectedAd = BruteForce(rates, options.HabitAdChance, options.StrayAdChance, adCounts, [ads[0]]);
            Assert.Equal(expectedAd, bayes.AdLogOdds(ads[0]), 9);
        }
    }

    [Fact]
    public void Large_posters_do_not_underflow()
    {
        var options = new OverlapProfileOptions();
        var rates = OverlapPopulations.All.Select(p => options.Rates.Of(p).ToArray()).ToArray();
        var bayes = new OverlapBayes(rates, options.HabitAdChance, options.StrayAdChance, [1, 1, 1, 1], [1, 1, 1, 1]);
        var many = Enumerable.Range(0, 5000).Select(i => Enumerable.Range(0, OverlapIndicators.Count).Select(k => (i + k) % 3 == 0).ToArray()).ToList();
        Assert.True(double.IsFinite(bayes.PosterLogOdds(many)));
    }

    [Fact]
    public void Poster_odds_rank_better_than_ad_odds_and_ad_odds_better_than_chance_and_the_truth_is_consistent()
    {
        var corpus = OverlapCorpus.Generate(_root, 5000, 21);
        var docs = corpus.Documents;
        var adAuc = Auc.Of([.. docs.Select(d => (d.BayesAd!.Value, d.Positive))]);
        var posterAuc = Auc.Of([.. docs.Select(d => (d.BayesPoster!.Value, d.Positive))]);
        Assert.True(adAuc > 0.5, "ad AUC " + adAuc);
        Assert.True(posterAuc > adAuc, $"poster AUC {posterAuc} not above ad AUC {adAuc}");

        // The written log-odds are what the model gives for the written indicators, with the written rates and priors.
        var truth = corpus.Truth;
        var rates = OverlapPopulations.All.Select(p => OverlapIndicators.All.Select(i => truth.GetProperty("rates").GetProperty(p).GetProperty(i).GetDouble()).ToArray()).ToArray();
        var priors = truth.GetProperty("priors");
        int[] Counts(string name) => [.. OverlapPopulations.All.Select(p => priors.GetProperty(name).GetProperty(p).GetInt32())];
        var bayes = new OverlapBayes(rates, truth.GetProperty("habit_ad_chance").GetDouble(), truth.GetProperty("stray_ad_chance").GetDouble(), Counts("ads"), Counts("posters"));
        Assert.Equal(docs.Count, Counts("ads").Sum());
        Assert.Equal(corpus.Posters.Count, Counts("posters").Sum());
        foreach (var poster in docs.GroupBy(d => d.Poster))
        {
            var vectors = poster.Select(d => OverlapIndicators.All.Select(d.Present.Contains).ToArray()).ToList();
            var expected = bayes.PosterLogOdds(vectors);
            // Written with six decimals.
            Assert.All(poster, d => Assert.True(Math.Abs(expected - d.BayesPoster!.Value) < 1e-5, d.Id));
            Assert.All(poster.Zip(vectors), p => Assert.True(Math.Abs(bayes.AdLogOdds(p.Second) - p.First.BayesAd!.Value) < 1e-5, p.First.Id));
        }
    }

    // P(X | c) = Σ over all 2^K habit vectors h of Π_k P(h_k | c) · Π_ads P(x_k | h_k), then the posterior odds.
    private static double BruteForce(double[][] rates, double q, double r, int[] priors, List<bool[]> ads)
    {
        var k = rates[0].Length;
        var likelihood = new double[rates.Length];
        for (var c = 0; c < rates.Length; c++)
        {
            double sum = 0;
            for (var h = 0; h < 1 << k; h++)
            {
                double p = 1;
                for (var i = 0; i < k; i++)
                {
                    var has = ((h >> i) & 1) == 1;
                    p *= has ? rates[c][i] : 1 - rates[c][i];
                    foreach (var ad in ads)
                    {
                        var chance = has ? q : r;
                        p *= ad[i] ? chance : 1 - chance;
                    }
                }

                sum += p;
            }

            likelihood[c] = sum;
        }

        var positive = priors[0] * likelihood[0];
        var negative = Enumerable.Range(1, rates.Length - 1).Sum(c => priors[c] * likelihood[c]);
        return Math.Log(positive) - Math.Log(negative);
    }
}
