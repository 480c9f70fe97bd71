using Ariadne.Scoring.Model;
using Ariadne.Scoring.Networks;

namespace Ariadne.Scoring.Tests;

public sealed class RiskModelTests
{
    private static readonly Lazy<RiskModel> Full = new(() => TrainOn(FeatureSet.All, 7));

    private static RiskModel TrainOn(FeatureSet features, int seed)
    {
        var docs = SynthCorpus.Train;
        var network = new IdentifierNetworkFeatureSource([.. docs.Select(d => d.Document)]);
        var prices = new CorpusPriceReference(docs.Select(d => d.Document));
        return RiskModelTrainer.Train(docs, network, prices, new TrainingOptions { Seed = seed, Features = features, CorpusDescription = "synth seed=11 ads=3000", Trees = 40 });
    }

    [Fact]
    public void A_model_trained_on_one_seed_ranks_a_corpus_of_another_seed_well()
    {
        var held = SynthCorpus.HeldOut;
        var metrics = RiskModelTrainer.Evaluate(Full.Value, held, new IdentifierNetworkFeatureSource([.. held.Select(d => d.Document)]), new CorpusPriceReference(held.Select(d => d.Document)));
        Assert.Equal(2000, metrics.Documents);
        Assert.True(metrics.RocAuc >= 0.95, $"ROC AUC {metrics.RocAuc:0.000}");
        Assert.True(metrics.PrecisionAt100 >= 0.95, $"precision@100 {metrics.PrecisionAt100:0.000}");
        Assert.True(metrics.IndependentFpr <= 0.02, $"FPR on independents {metrics.IndependentFpr:0.000}");
        Assert.True(metrics.ExpectedCalibrationError <= 0.1, $"ECE {metrics.ExpectedCalibrationError:0.000}");

        // Rules alone: they fire on most network ads and on few independent workers' ads.
        Assert.True(metrics.PositiveRuleHitRate >= 0.8, $"rules fired on {metrics.PositiveRuleHitRate:P1} of positives");
        Assert.True(metrics.IndependentRuleHitRate <= 0.2, $"rules fired on {metrics.IndependentRuleHitRate:P1} of independents");
    }

    [Fact]
    public void The_text_only_variant_ignores_network_features()
    {
        using var textOnly = TrainOn(FeatureSet.TextOnly, 7);
        var doc = SynthCorpus.HeldOut[0].Document;
        var a = textOnly.Score(doc, default(NetworkFeatures), null).Probability;
        var b = textOnly.Score(doc, new NetworkFeatures(50, 5, 6, 6, 2), null).Probability;
        Assert.Equal(a, b);
        Assert.Equal(["text", "entities", "rules"], textOnly.Metadata.FeatureGroups);
    }

    [Fact]
    public void Same_seed_and_data_give_the_same_scores_and_a_saved_model_scores_identically()
    {
        using var again = TrainOn(FeatureSet.All, 7);
        var dir = Path.Combine(Path.GetTempPath(), "ariadne-scoring-tests", "model-" + Guid.NewGuid().ToString("N"));
        Full.Value.Save(dir);
        again.Save(dir + "-again");
        Assert.Equal(Full.Value.Metadata.ModelId, again.Metadata.ModelId);
        using var loaded = RiskModel.Load(dir);
        foreach (var labelled in SynthCorpus.HeldOut.Take(50))
        {
            var expected = Full.Value.Score(labelled.Document, default(NetworkFeatures), null).Probability;
            Assert.Equal(expected, again.Score(labelled.Document, default(NetworkFeatures), null).Probability);
            Assert.Equal(expected, loaded.Score(labelled.Document, default(NetworkFeatures), null).Probability);
        }

        Assert.Equal(7, loaded.Metadata.Seed);
        Assert.Equal(16, loaded.Metadata.ModelId.Length);
        Assert.Contains("youth.coded-terms@3", loaded.Metadata.RulePacks);
        Assert.True(new FileInfo(Path.Combine(dir, RiskModel.ModelFile)).Length < 2_000_000);
        Directory.Delete(dir, recursive: true);
        Directory.Delete(dir + "-again", recursive: true);
    }

    [Fact]
    public void Scores_explain_themselves_with_hits_and_network_facts()
    {
        var doc = SynthCorpus.HeldOut.First(d => d.Population == "trafficking" && d.Document.Text.Contains("manager", StringComparison.Ordinal)).Document;
        var score = Full.Value.Score(doc, new NetworkFeatures(30, 4, 5, 5, 1), null);
        Assert.Contains(score.Hits, h => h.Rule.Category == "third-party");
        Assert.Contains(score.Reasons, r => r.Text.StartsWith("Its contact details appear in 4 cities", StringComparison.Ordinal));
        Assert.Contains(score.Reasons, r => r.Text.StartsWith("5 different names", StringComparison.Ordinal));
    }
}
