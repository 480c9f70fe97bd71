namespace Ariadne.Synth.Tests;

public sealed class DeterminismTests
{
    [Fact]
    public void Same_seed_and_count_give_byte_identical_files()
    {
        var a = Temp();
        var b = Temp();
        try
        {
            var first = SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = 700, Seed = 7, OutputDirectory = a });
            var second = SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = 700, Seed = 7, OutputDirectory = b });
            Assert.Equal(first, second);

            var filesA = Files(a);
            var filesB = Files(b);
            Assert.Equal(filesA, filesB);
            Assert.Contains("ads.jsonl", filesA);
            Assert.Contains("truth.json", filesA);
            Assert.True(filesA.Count(f => f.EndsWith(".jpg", StringComparison.Ordinal)) > 20);
            Assert.Equal(first.FilesWritten, filesA.Count);
            foreach (var file in filesA)
            {
                Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))), file);
            }
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }

    [Fact]
    public void A_different_seed_gives_a_different_corpus()
    {
        var a = Temp();
        var b = Temp();
        try
        {
            SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = 200, Seed = 1, OutputDirectory = a, ImagesEnabled = false });
            SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = 200, Seed = 2, OutputDirectory = b, ImagesEnabled = false });
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "ads.jsonl")), File.ReadAllBytes(Path.Combine(b, "ads.jsonl")));
            Assert.False(Directory.Exists(Path.Combine(a, "images")));
            Assert.DoesNotContain("images/", File.ReadAllText(Path.Combine(a, "ads.jsonl")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(a, true);
            Directory.Delete(b, true);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    public void Tiny_corpora_are_well_formed(int ads)
    {
        var dir = Temp();
        try
        {
            var result = SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = ads, Seed = 3, OutputDirectory = dir });
            Assert.Equal(ads, result.Ads);
            Assert.Equal(ads, File.ReadAllLines(Path.Combine(dir, "ads.jsonl")).Length);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string Temp() => Path.Combine(Path.GetTempPath(), "ariadne-synth-" + Guid.NewGuid().ToString("N"));

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
