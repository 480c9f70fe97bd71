using System.Text.Json;
using Ariadne.Analysis.Linking;
using Ariadne.Linking.Evaluation;
using Ariadne.Synth;
using Ariadne.Testing;

namespace Ariadne.Linking.Tests;

/// <summary>Linking against the generator's ground truth: the quality targets of docs/benchmarks.md, on a small corpus.</summary>
public sealed class SyntheticCorpusLinkingTests
{
    [Fact]
    public void Networks_match_the_truth_with_high_precision_and_independents_stay_apart()
    {
        using var dir = new TempDirectory();
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = 3_000, Seed = 11, OutputDirectory = dir.Path });
        var (records, errors) = LinkInputReader.Read(Path.Combine(dir.Path, "ads.jsonl"));
        Assert.Empty(errors);
        var result = OfflineLinker.Run(records, errors, new LinkOptions());

        var truth = new Dictionary<string, (string Network, string Label)>(StringComparer.Ordinal);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir.Path, "truth.json"))))
        {
            foreach (var d in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                truth[d.GetProperty("id").GetString()!] = (d.GetProperty("network").GetString()!, d.GetProperty("label").GetString()!);
            }
        }

        var expected = records.Select(r => truth[r.Id].Network).ToArray();
        var predicted = Enumerable.Range(0, records.Count).Select(result.NetworkOf).ToArray();
        var score = ClusteringScore.Compute(expected, predicted);
        Assert.True(score.Precision >= 0.98, $"precision {score.Precision:0.0000}");
        Assert.True(score.F1 >= 0.95, $"F1 {score.F1:0.0000} (recall {score.Recall:0.0000})");

        // Every independent worker's ads share their network with nobody else's.
        var ownersByNetwork = predicted.Select((n, i) => (n, i)).GroupBy(x => x.n).ToDictionary(g => g.Key, g => g.Select(x => expected[x.i]).Distinct().Count());
        var independents = records.Select((r, i) => (r, i)).Where(x => truth[x.r.Id].Label == "independent").ToList();
        var apart = independents.Count(x => ownersByNetwork[predicted[x.i]] == 1);
        Assert.True(apart >= 0.98 * independents.Count, $"{apart} of {independents.Count} independent ads kept apart");

        // Photos were hashed and used: some joining edges are photo edges.
        Assert.Empty(result.ImageErrors);
        Assert.Contains(result.Link.Edges, e => e.Kind == Graph.LinkKind.Photo);
    }
}
