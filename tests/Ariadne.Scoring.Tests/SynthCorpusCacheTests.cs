using Ariadne.Synth;
using Ariadne.Testing;

namespace Ariadne.Scoring.Tests;

/// <summary>
/// The synthetic corpora the tests share are cached in the temp folder, which outlives builds: a corpus an older
/// generator wrote there must not be taken for what today's generator makes.
/// </summary>
public sealed class SynthCorpusCacheTests
{
    // A size and seed no other test uses, so the planted folders below stand in nobody's way.
    private const int Ads = 40;
    private const long Seed = 990_001;

    [Fact]
    public void A_corpus_an_older_generator_left_in_the_cache_is_not_used()
    {
        // What older generators would have left: the folder as it was keyed before the generator's version was part
        // of the key (size and seed alone), and the folder another generator build keys today, both holding
        // different output.
        Plant(Path.Combine(Path.GetTempPath(), "ariadne-scoring-tests", $"synth-{Ads}-{Seed}"));
        Plant(SynthCorpusCache.FolderFor(Ads, Seed, "0123456789abcdef"));
        Assert.NotEqual("0123456789abcdef", SynthVersion.Current);
        var current = SynthCorpusCache.FolderFor(Ads, Seed, SynthVersion.Current);
        if (Directory.Exists(current))
        {
            Directory.Delete(current, recursive: true);
        }

        using var fresh = new TempDirectory();
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = Ads, Seed = Seed, OutputDirectory = fresh.Path, ImagesEnabled = false });

        var (ads, truth) = SynthCorpus.Files(Ads, Seed);

        Assert.Equal(File.ReadAllBytes(fresh.Combine("ads.jsonl")), File.ReadAllBytes(ads));
        Assert.Equal(File.ReadAllBytes(fresh.Combine("truth.json")), File.ReadAllBytes(truth));
    }

    private static void Plant(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ads.jsonl"), "{\"id\":\"from-an-older-generator\",\"text\":\"stale\"}\n");
        File.WriteAllText(Path.Combine(folder, "truth.json"), "{\"documents\":[],\"networks\":[]}");
    }
}
