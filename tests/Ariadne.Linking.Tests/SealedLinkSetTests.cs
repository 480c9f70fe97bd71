using System.Text.Json;
using Ariadne.Analysis.Linking;
using Ariadne.Linking.Evaluation;
using Ariadne.Testing;
using Xunit.Abstractions;

namespace Ariadne.Linking.Tests;

/// <summary>
/// The sealed hand-written set (Data/sealed_links.jsonl, written before the template linking was tuned and never
/// edited): networks across phone eras with obfuscated and missing contacts, a stock text copied by nine
/// independents, a disclaimer on a quarter of the ads and a support line in fifteen.
/// </summary>
public sealed class SealedLinkSetTests(ITestOutputHelper output)
{
    private static readonly string SetPath = Path.Combine(RepoPaths.RepoRoot, "tests", "Ariadne.Linking.Tests", "Data", "sealed_links.jsonl");

    [Fact]
    public void Sealed_set_is_linked_with_high_precision_and_independents_apart()
    {
        var (records, errors) = LinkInputReader.Read(SetPath);
        Assert.Empty(errors);
        var truth = File.ReadLines(SetPath).Where(l => l.Length > 0).Select(l =>
        {
            using var json = JsonDocument.Parse(l);
            var root = json.RootElement;
            return (Id: root.GetProperty("id").GetString()!, Network: root.GetProperty("network").GetString()!, Label: root.GetProperty("label").GetString()!);
        }).ToDictionary(t => t.Id, StringComparer.Ordinal);

        var result = OfflineLinker.Run(records, errors, new LinkOptions());
        var expected = records.Select(r => truth[r.Id].Network).ToArray();
        var predicted = records.Select((_, i) => result.Link.ComponentOf[i].ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var score = ClusteringScore.Compute(expected, predicted);
        var owners = predicted.Select((p, i) => (p, i)).GroupBy(x => x.p).ToDictionary(g => g.Key, g => g.Select(x => expected[x.i]).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        var independents = records.Select((r, i) => (r, i)).Where(x => truth[x.r.Id].Label == "independent").GroupBy(x => truth[x.r.Id].Network).ToList();
        var apart = independents.Count(g => g.All(x => owners[predicted[x.i]] == 1));
        output.WriteLine($"precision {score.Precision:0.0000} recall {score.Recall:0.0000} F1 {score.F1:0.0000}; independents apart {apart}/{independents.Count}");
        foreach (var component in predicted.Select((p, i) => (p, i)).GroupBy(x => x.p).Where(g => g.Select(x => expected[x.i]).Distinct().Count() > 1))
        {
            output.WriteLine("false merge: " + string.Join(", ", component.GroupBy(x => expected[x.i]).Select(o => $"{o.Key}×{o.Count()}")));
        }

        foreach (var network in expected.Distinct().Where(n => !n.StartsWith("ind-", StringComparison.Ordinal)))
        {
            var pieces = expected.Select((e, i) => (e, i)).Where(x => x.e == network).Select(x => predicted[x.i]).Distinct().Count();
            output.WriteLine($"{network}: {pieces} piece(s)");
        }

        // The precision target holds; recall does not reach its F1 target here (0.81 at the commit that added
        // this test, identifiers alone 0.60): the floors below guard what template linking adds and that it merges
        // no one wrongly, and docs/benchmarks.md reports the gap.
        Assert.True(score.Precision >= 0.98, $"precision {score.Precision:0.0000}");
        Assert.True(apart >= 0.95 * independents.Count, $"{apart} of {independents.Count} independents kept apart");
        Assert.True(score.Recall >= 0.65, $"recall {score.Recall:0.0000} (identifiers alone: 0.43)");
    }
}
