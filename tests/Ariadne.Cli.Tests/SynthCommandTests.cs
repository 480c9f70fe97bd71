using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

public sealed class SynthCommandTests
{
    [Fact]
    public async Task Same_seed_gives_identical_files()
    {
        using var dir = new TempDirectory();
        var a = Path.Combine(dir.Path, "a");
        var b = Path.Combine(dir.Path, "b");

        var first = await CliHarness.RunAsync("synth", "--ads", "10000", "--seed", "7", "--out", a);
        var second = await CliHarness.RunAsync("synth", "--ads", "10000", "--seed", "7", "--out", b);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        var filesA = Directory.GetFiles(a, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(a, f)).Order(StringComparer.Ordinal).ToArray();
        var filesB = Directory.GetFiles(b, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(b, f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(filesA, filesB);
        Assert.Contains("ads.jsonl", filesA);
        Assert.Contains("truth.json", filesA);
        foreach (var file in filesA)
        {
            Assert.True(
                File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))),
                $"{file} differs between two runs with the same seed");
        }

        Assert.Equal(10000, File.ReadLines(Path.Combine(a, "ads.jsonl")).Count());
    }

    [Fact]
    public async Task Different_seeds_give_different_corpora()
    {
        using var dir = new TempDirectory();
        await CliHarness.RunAsync("synth", "--ads", "200", "--seed", "1", "--out", Path.Combine(dir.Path, "a"), "--no-images");
        await CliHarness.RunAsync("synth", "--ads", "200", "--seed", "2", "--out", Path.Combine(dir.Path, "b"), "--no-images");

        Assert.NotEqual(
            File.ReadAllText(Path.Combine(dir.Path, "a", "ads.jsonl")),
            File.ReadAllText(Path.Combine(dir.Path, "b", "ads.jsonl")));
    }

    [Fact]
    public async Task Profile_field_writes_a_field_corpus_and_classic_stays_the_default()
    {
        using var dir = new TempDirectory();
        var field = await CliHarness.RunAsync("synth", "--ads", "500", "--seed", "3", "--out", Path.Combine(dir.Path, "field"), "--no-images", "--profile", "field");
        var classic = await CliHarness.RunAsync("synth", "--ads", "500", "--seed", "3", "--out", Path.Combine(dir.Path, "classic"), "--no-images");
        var named = await CliHarness.RunAsync("synth", "--ads", "500", "--seed", "3", "--out", Path.Combine(dir.Path, "named"), "--no-images", "--profile", "classic");

        Assert.True(field.ExitCode == 0, field.ToString());
        Assert.True(classic.ExitCode == 0, classic.ToString());
        Assert.True(named.ExitCode == 0, named.ToString());
        Assert.Contains("\"profile\":\"field\"", File.ReadAllText(Path.Combine(dir.Path, "field", "truth.json")), StringComparison.Ordinal);
        Assert.DoesNotContain("\"profile\"", File.ReadAllText(Path.Combine(dir.Path, "classic", "truth.json")), StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dir.Path, "classic", "ads.jsonl")), File.ReadAllBytes(Path.Combine(dir.Path, "named", "ads.jsonl")));
        Assert.Equal(500, File.ReadLines(Path.Combine(dir.Path, "field", "ads.jsonl")).Count());
    }

    [Fact]
    public async Task Unknown_profile_is_rejected_naming_the_choices()
    {
        using var dir = new TempDirectory();
        var result = await CliHarness.RunAsync("synth", "--ads", "5", "--out", dir.Path, "--profile", "realistic");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("realistic", result.Error + result.Output, StringComparison.Ordinal);
        Assert.Contains("field", result.Error + result.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir.Path, "ads.jsonl")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("many")]
    public async Task Bad_ad_count_is_rejected(string ads)
    {
        using var dir = new TempDirectory();
        var result = await CliHarness.RunAsync("synth", "--ads", ads, "--out", dir.Path);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--ads", result.Error + result.Output, StringComparison.Ordinal);
    }
}
