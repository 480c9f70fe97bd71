using System.Text.Json;

namespace Ariadne.Synth.Tests;

/// <summary>
/// One field-profile corpus (20,000 ads, seed 11, no images), made once for every test class in the
/// <see cref="FieldCorpusCollection"/>; about a second to make and two to read.
/// </summary>
public sealed class FieldCorpusFixture : IDisposable
{
    public const int AdCount = 20_000;

    public const long Seed = 11;

    public FieldCorpusFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "ariadne-synth-field-" + Guid.NewGuid().ToString("N"));
        Result = SyntheticCorpusGenerator.Generate(new SynthOptions
        {
            Ads = AdCount,
            Seed = Seed,
            OutputDirectory = Directory,
            ImagesEnabled = false,
            Profile = SynthProfile.Field,
        });
        Texts = File.ReadLines(Path.Combine(Directory, "ads.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!, StringComparer.Ordinal);
        Truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Directory, "truth.json"))).RootElement;
        Documents = [.. Truth.GetProperty("documents").EnumerateArray().Select(d => new FieldDocument(d))];
        Networks = [.. Truth.GetProperty("networks").EnumerateArray().Where(n => n.GetProperty("label").GetString() == "trafficking").Select(n => new FieldNetwork(n))];
        SupportLines = [.. Truth.GetProperty("support_lines").EnumerateArray().Select(p => p.GetString()!)];
        Boilerplate = [.. Truth.GetProperty("boilerplate").EnumerateArray().Select(p => p.GetString()!)];
    }

    public string Directory { get; }

    public SynthResult Result { get; }

    public Dictionary<string, string> Texts { get; }

    public JsonElement Truth { get; }

    public List<FieldDocument> Documents { get; }

    /// <summary>The trafficking-like networks (spam and agency posters left out).</summary>
    public List<FieldNetwork> Networks { get; }

    public List<string> SupportLines { get; }

    public List<string> Boilerplate { get; }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
