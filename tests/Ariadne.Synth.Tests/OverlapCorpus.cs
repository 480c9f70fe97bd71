using System.Text.Json;

namespace Ariadne.Synth.Tests;

/// <summary>An overlap corpus read back: truth header, posters and documents joined with their ads.</summary>
public sealed class OverlapCorpus
{
    public OverlapCorpus(string directory)
    {
        var ads = File.ReadLines(Path.Combine(directory, "ads.jsonl")).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Truth = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "truth.json"))).RootElement;
        var documents = Truth.GetProperty("documents").EnumerateArray().ToList();
        Documents = [.. documents.Select((d, i) => new OverlapDocument(d, ads[i]))];
        Posters = [.. Truth.GetProperty("posters").EnumerateArray().Select(p => new OverlapPoster(p))];
    }

    public JsonElement Truth { get; }

    public List<OverlapDocument> Documents { get; }

    public List<OverlapPoster> Posters { get; }

    /// <summary>Generates a corpus without images into a new folder under <paramref name="root"/> and reads it.</summary>
    public static OverlapCorpus Generate(string root, int ads, long seed, OverlapProfileOptions? options = null)
    {
        var dir = Path.Combine(root, "overlap-" + seed + "-" + ads + "-" + Guid.NewGuid().ToString("N"));
        SyntheticCorpusGenerator.Generate(new SynthOptions
        {
            Ads = ads,
            Seed = seed,
            OutputDirectory = dir,
            ImagesEnabled = false,
            Profile = SynthProfile.Overlap,
            Overlap = options ?? new OverlapProfileOptions(),
        });
        return new OverlapCorpus(dir);
    }
}
