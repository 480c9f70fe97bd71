using Ariadne.Scoring.Corpus;
using Ariadne.Testing;

namespace Ariadne.Scoring.Tests;

/// <summary>Small synthetic corpora, generated once per test run into a temp folder (no images: text only).</summary>
public static class SynthCorpus
{
    private static readonly Lazy<List<LabelledDocument>> TrainSet = new(() => Make(3000, 11));
    private static readonly Lazy<List<LabelledDocument>> HeldOutSet = new(() => Make(2000, 12));

    public static List<LabelledDocument> Train => TrainSet.Value;

    /// <summary>Generated with another seed than <see cref="Train"/>: no ad, phone or template is shared.</summary>
    public static List<LabelledDocument> HeldOut => HeldOutSet.Value;

    /// <summary>The corpus files, from the cache shared by the test projects (keyed by the generator's version too).</summary>
    public static (string Ads, string Truth) Files(int ads, long seed) => SynthCorpusCache.TextOnly(ads, seed);

    private static List<LabelledDocument> Make(int ads, long seed)
    {
        var (a, t) = Files(ads, seed);
        return SyntheticCorpusReader.Read(a, t, Environment.ProcessorCount);
    }
}
