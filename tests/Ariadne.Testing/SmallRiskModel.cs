using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Model;
using Ariadne.Scoring.Networks;

namespace Ariadne.Testing;

/// <summary>
/// A small risk model trained once per test run from the generator (fixed seeds), so the test store has real
/// scores, hits and a review queue without the CLI's default model in the user's data folder. Shared by the
/// pipeline, web and browser tests.
/// </summary>
public static class SmallRiskModel
{
    private static readonly Lazy<RiskModel> Model = new(Train);

    public static RiskModel Instance => Model.Value;

    private static RiskModel Train()
    {
        var (ads, truth) = SynthCorpusCache.TextOnly(1500, 21);
        var docs = SyntheticCorpusReader.Read(ads, truth, Environment.ProcessorCount);
        var corpus = docs.Select(d => d.Document).ToList();
        var model = RiskModelTrainer.Train(docs, new IdentifierNetworkFeatureSource(corpus), new CorpusPriceReference(corpus), new TrainingOptions { Seed = 3, CorpusDescription = "synth seed=21 ads=1500", Trees = 30 });

        // Saving gives the model its content id, which every score and explanation names; the files are not needed.
        var saved = Path.Combine(Path.GetTempPath(), "ariadne-model-" + Guid.NewGuid().ToString("N"));
        model.Save(saved);
        Directory.Delete(saved, recursive: true);
        return model;
    }
}
