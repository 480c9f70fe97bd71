using Ariadne.Scoring.Corpus;
using Ariadne.Synth;

namespace Ariadne.Scoring.Tests;

/// <summary>Small synthetic corpora, generated once per test run into a temp folder (no images: text only).</summary>
public static class SynthCorpus
{
    private static readonly Lazy<List<LabelledDocument>> TrainSet = new(() => Make(3000, 11));
    private static readonly Lazy<List<LabelledDocument>> HeldOutSet = new(() => Make(2000, 12));

    public static List<LabelledDocument> Train => TrainSet.Value;

    /// <summary>Generated with another seed than <see cref="Train"/>: no ad, phone or template is shared.</summary>
    public static List<LabelledDocument> HeldOut => HeldOutSet.Value;

    public static (string Ads, string Truth) Files(int ads, long seed)
    {
        var dir = Path.Combine(Path.GetTempPath(), "ariadne-scoring-tests", $"synth-{ads}-{seed}");
        if (!File.Exists(Path.Combine(dir, "truth.json")))
        {
            SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = ads, Seed = seed, OutputDirectory = dir, ImagesEnabled = false });
        }

        return (Path.Combine(dir, "ads.jsonl"), Path.Combine(dir, "truth.json"));
    }

    private static List<LabelledDocument> Make(int ads, long seed)
    {
        var (a, t) = Files(ads, seed);
        return SyntheticCorpusReader.Read(a, t, Environment.ProcessorCount);
    }
}
