using System.Security.Cryptography;

namespace Ariadne.Synth.Tests;

/// <summary>Profiles side by side: the field profile is deterministic, and adding it left the classic bytes alone.</summary>
public sealed class ProfileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ariadne-synth-profiles-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_field_profile_gives_byte_identical_files_for_the_same_seed()
    {
        var a = Generate("a", SynthProfile.Field, 3000, 5);
        var b = Generate("b", SynthProfile.Field, 3000, 5);
        foreach (var file in new[] { "ads.jsonl", "truth.json" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, file))), file);
        }

        var other = Generate("c", SynthProfile.Field, 3000, 6);
        Assert.NotEqual(File.ReadAllBytes(Path.Combine(a, "ads.jsonl")), File.ReadAllBytes(Path.Combine(other, "ads.jsonl")));
    }

    [Fact]
    public void The_classic_profile_is_the_default_and_its_bytes_did_not_change()
    {
        Assert.Equal(SynthProfile.Classic, new SynthOptions { OutputDirectory = _dir }.Profile);

        // Recorded from the generator before the field profile existed (2,000 ads, seed 42, no images). Classic
        // corpora feed the demo, the default risk model and tests elsewhere: a change here must be deliberate.
        var dir = Generate("classic", SynthProfile.Classic, 2000, 42);
        Assert.Equal("4bf1ee76aeccddc3a57bda1b1ab3117fbf0e14dbd02177f60f2ded50e9b34610", Sha256(Path.Combine(dir, "ads.jsonl")));
        Assert.Equal("9c37fdbf2ee969f32656d488a6f830b102444f37aa75096fa7c88ca7b70b2109", Sha256(Path.Combine(dir, "truth.json")));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(150)]
    public void Tiny_field_corpora_are_well_formed(int ads)
    {
        var dir = Generate("tiny", SynthProfile.Field, ads, 3);
        Assert.Equal(ads, File.ReadAllLines(Path.Combine(dir, "ads.jsonl")).Length);
    }

    [Fact]
    public void Field_options_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FieldProfileOptions { HandoverShare = 1.5 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new FieldProfileOptions { NetworkAdShare = 0.8, PosterAdShare = 0.3 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => new FieldProfileOptions { NetworkNoContactShare = 0.5 }.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticCorpusGenerator.Generate(new SynthOptions
        {
            Ads = 10,
            OutputDirectory = Path.Combine(_dir, "refused"),
            Profile = SynthProfile.Field,
            Field = new FieldProfileOptions { MaxTemplateSentences = 3 },
        }));
        new FieldProfileOptions().Validate();
    }

    [Fact]
    public void Field_options_change_what_they_say()
    {
        var dir = Path.Combine(_dir, "options");
        SyntheticCorpusGenerator.Generate(new SynthOptions
        {
            Ads = 2000,
            Seed = 9,
            OutputDirectory = dir,
            ImagesEnabled = false,
            Profile = SynthProfile.Field,
            Field = new FieldProfileOptions { BoilerplateShare = 0, SupportLines = 0 },
        });
        var truth = File.ReadAllText(Path.Combine(dir, "truth.json"));
        Assert.Contains("\"support_lines\":[]", truth, StringComparison.Ordinal);
        var ads = File.ReadAllText(Path.Combine(dir, "ads.jsonl"));
        Assert.DoesNotContain("Report abuse", ads, StringComparison.Ordinal);
        Assert.DoesNotContain("companionship only", ads, StringComparison.Ordinal);
    }

    private string Generate(string name, SynthProfile profile, int ads, long seed)
    {
        var dir = Path.Combine(_dir, name);
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = ads, Seed = seed, OutputDirectory = dir, ImagesEnabled = false, Profile = profile });
        return dir;
    }

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
