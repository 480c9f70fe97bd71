using System.Text.Json;

namespace Ariadne.Synth.Tests;

/// <summary>One generated corpus (2,000 ads, seed 42) shared by the read-only tests.</summary>
public sealed class CorpusFixture : IDisposable
{
    public const int AdCount = 2000;

    public CorpusFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "ariadne-synth-fixture-" + Guid.NewGuid().ToString("N"));
        Result = SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = AdCount, Seed = 42, OutputDirectory = Directory });
        Ads = File.ReadAllLines(Path.Combine(Directory, "ads.jsonl")).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "truth.json"))).RootElement;
        Documents = Truth.GetProperty("documents").EnumerateArray().ToList();
        Networks = Truth.GetProperty("networks").EnumerateArray().ToList();
        Texts = Ads.ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("text").GetString()!);
    }

    public string Directory { get; }

    public SynthResult Result { get; }

    public List<JsonElement> Ads { get; }

    public JsonElement Truth { get; }

    public List<JsonElement> Documents { get; }

    public List<JsonElement> Networks { get; }

    public Dictionary<string, string> Texts { get; }

    public IEnumerable<(string DocId, string Network, JsonElement Entity)> Entities() =>
        Documents.SelectMany(d => d.GetProperty("entities").EnumerateArray()
            .Select(e => (d.GetProperty("id").GetString()!, d.GetProperty("network").GetString()!, e)));

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
