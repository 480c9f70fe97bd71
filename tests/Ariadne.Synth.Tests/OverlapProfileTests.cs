using System.Text.Json;
using Ariadne.Synth.Overlap;

namespace Ariadne.Synth.Tests;

/// <summary>The overlap profile is deterministic, its settings and options do what they say, and tiny corpora are well formed.</summary>
public sealed class OverlapProfileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ariadne-synth-overlap-profile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_same_seed_gives_byte_identical_files_and_another_seed_another_corpus()
    {
        var a = Generate("a", 3000, 5);
        var b = Generate("b", 3000, 5);
        foreach (var file in new[] { "ads.jsonl", "truth.json" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))), file);
        }

        var other = Generate("c", 3000, 6);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "ads.jsonl")), File.ReadAllBytes(Path.Combine(other, "ads.jsonl")));
    }

    [Fact]
    public void Setting_b_writes_its_rates_shares_and_q()
    {
        var corpus = new OverlapCorpus(Generate("b", 4000, 8, new OverlapProfileOptions { Setting = OverlapSetting.B }));
        var truth = corpus.Truth;
        Assert.Equal("overlap", truth.GetProperty("profile").GetString());
        Assert.Equal("b", truth.GetProperty("setting").GetString());
        Assert.Equal(0.65, truth.GetProperty("habit_ad_chance").GetDouble());
        Assert.Equal(0.44, truth.GetProperty("rates").GetProperty("trafficking").GetProperty("trust").GetDouble());
        Assert.Equal(0.15, truth.GetProperty("rates").GetProperty("independent").GetProperty("trust").GetDouble());
        var agency = corpus.Documents.Count(d => d.Population == OverlapPopulations.Agency) / (double)corpus.Documents.Count;
        Assert.InRange(agency, 0.195, 0.205);
    }

    [Fact]
    public void Setting_defaults_give_way_to_explicit_values_in_any_order()
    {
        var b = new OverlapProfileOptions { Setting = OverlapSetting.B };
        Assert.Equal(0.20, b.AgencyAdShare);
        Assert.Equal(0.38, b.IndependentAdShare);
        Assert.Equal(0.65, b.HabitAdChance);
        Assert.Same(HabitRateTable.SettingB, b.Rates);
        b.Validate();

        var explicitFirst = new OverlapProfileOptions { HabitAdChance = 0.9, Setting = OverlapSetting.B };
        Assert.Equal(0.9, explicitFirst.HabitAdChance);
        Assert.Equal(0.75, new OverlapProfileOptions().HabitAdChance);
        Assert.Equal(0.55, HabitRateTable.SettingA.Of("trafficking").Of("obscured-phone"));
    }

    [Fact]
    public void Options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new OverlapProfileOptions { AgencyAdShare = 0.3 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new OverlapProfileOptions { HabitAdChance = 1 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new OverlapProfileOptions { StrayAdChance = 0 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new OverlapProfileOptions { IndependentMeanAds = 9 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new OverlapProfileOptions
        {
            Rates = HabitRateTable.SettingA with { Agency = HabitRateTable.SettingA.Agency with { Youth = 1.2 } },
        }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCorpusGenerator.Generate(new SynthOptions
        {
            Ads = 10,
            OutputDirectory = Path.Combine(_dir, "refused"),
            Profile = SynthProfile.Overlap,
            Overlap = new OverlapProfileOptions { TitleShare = -0.1 },
        }));
        new OverlapProfileOptions().Validate();
    }

    [Fact]
    public void Options_change_what_they_say()
    {
        var corpus = new OverlapCorpus(Generate("options", 2000, 9, new OverlapProfileOptions { TitleShare = 0, SupportLines = 0, BoilerplateShare = 0 }));
        Assert.All(corpus.Documents.SelectMany(d => d.Spans), s => Assert.Equal("text", s.Field));
        Assert.Empty(corpus.Truth.GetProperty("support_lines").EnumerateArray());
        Assert.DoesNotContain(corpus.Documents, d => d.Text.Contains("Report abuse", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(150)]
    public void Tiny_corpora_are_well_formed(int ads)
    {
        var dir = Generate("tiny", ads, 3);
        Assert.Equal(ads, File.ReadAllLines(Path.Combine(dir, "ads.jsonl")).Length);
        using var truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "truth.json")));
        Assert.Equal(ads, truth.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Photos_are_drawn_when_images_are_on()
    {
        var dir = Path.Combine(_dir, "images");
        var result = SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = 300, Seed = 4, OutputDirectory = dir, Profile = SynthProfile.Overlap });
        Assert.True(result.Images > 0);
        Assert.Equal(result.Images, Directory.GetFiles(Path.Combine(dir, "images"), "*.jpg").Length);
        Assert.Contains("images/", File.ReadAllText(Path.Combine(dir, "ads.jsonl")), StringComparison.Ordinal);
    }

    private string Generate(string name, int ads, long seed, OverlapProfileOptions? options = null)
    {
        var dir = Path.Combine(_dir, name);
        SyntheticCorpusGenerator.Generate(new SynthOptions
        {
            Ads = ads,
            Seed = seed,
            OutputDirectory = dir,
            ImagesEnabled = false,
            Profile = SynthProfile.Overlap,
            Overlap = options ?? new OverlapProfileOptions(),
        });
        return dir;
    }
}
