using System.Globalization;
using Ariadne.Analysis.Linking;
using Ariadne.Testing;

namespace Ariadne.Linking.Tests;

/// <summary>
/// The toy sets that InfoShield (Lee et al., ICDE 2021) and DeltaShield (Vajiac et al., TKDD 2023) publish with their
/// expected clusters (tests/data/linking): the default engine, as <c>ariadne link</c> runs it, must find them.
/// </summary>
public sealed class PublishedSamplesTests
{
    [Fact]
    public void InfoShield_synthetic_set_of_word_deleted_copies_gives_its_two_clusters()
    {
        var rows = Read("infoshield_synthetic22.csv");
        var clusters = Link(rows.Select(r => (r["id"], r["text"])).ToList());

        // Every pair in one expected cluster is linked, and no pair across the two is.
        var expected = rows.Select(r => r["expected_cluster"]).ToArray();
        for (var a = 0; a < rows.Count; a++)
        {
            for (var b = a + 1; b < rows.Count; b++)
            {
                Assert.True((expected[a] == expected[b]) == (clusters[a] == clusters[b]),
                    $"documents {rows[a]["id"]} ({expected[a]}) and {rows[b]["id"]} ({expected[b]}): {(clusters[a] == clusters[b] ? "linked" : "apart")}");
            }
        }
    }

    [Fact]
    public void DeltaShield_sample_gives_its_one_template_with_a_slot_and_leaves_the_noise_alone()
    {
        var rows = Read("deltashield_sample_input.csv");
        var clusters = Link(rows.Select(r => (r["ad_id"], r["text"])).ToList());
        var byId = rows.Select((r, i) => (r["ad_id"], clusters[i])).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);

        // The expected final templates: one template holding ads 1-4 (its slot: soap, chair, hat, blue pen).
        var template = Read("deltashield_expected_final_templates.csv").Select(r => r["ad_id"]).ToList();
        Assert.Equal(["1", "2", "3", "4"], template);
        Assert.All(template, id => Assert.Equal(byId["1"], byId[id]));

        // Nothing else joins the template, and the two unrelated texts (ads 0 and 7, LSH label -1) stay alone.
        foreach (var id in byId.Keys.Except(template))
        {
            Assert.NotEqual(byId["1"], byId[id]);
        }

        Assert.Equal(1, byId.Values.Count(c => c == byId["0"]));
        Assert.Equal(1, byId.Values.Count(c => c == byId["7"]));
    }

    [Fact]
    public void InfoShield_sample_input_gives_the_same_template_without_its_slot_word()
    {
        var rows = Read("infoshield_sample_input.csv");
        var clusters = Link(rows.Select(r => (r["id"], r["text"])).ToList());
        var byId = rows.Select((r, i) => (r["id"], clusters[i])).ToDictionary(x => x.Item1, x => x.Item2, StringComparer.Ordinal);
        Assert.All(["2", "3", "4"], id => Assert.Equal(byId["1"], byId[id]));
        Assert.Equal(1, byId.Values.Count(c => c == byId["7"]));
    }

    private static int[] Link(IReadOnlyList<(string Id, string Text)> documents)
    {
        var records = documents.Select((d, i) => new LinkInputRecord(i + 1, d.Id, d.Text, null, null, null, [])).ToList();
        var result = OfflineLinker.Run(records, [], new LinkOptions());
        return [.. Enumerable.Range(0, records.Count).Select(i => result.Link.ComponentOf[i])];
    }

    private static List<Dictionary<string, string>> Read(string name)
    {
        using var file = File.OpenRead(RepoPaths.TestDataPath("linking", name));
        using var csv = global::CsvHelper.CsvReader.Create(file, new global::CsvHelper.CsvReaderOptions { HasHeader = true, AllowLineBreaksInQuotes = true });
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var headers = csv.Headers;
            rows.Add(Enumerable.Range(0, headers.Count).ToDictionary(k => headers[k], k => csv.GetString(k) ?? string.Empty, StringComparer.Ordinal));
        }

        return rows;
    }
}
