using System.Text.Json;
using System.Xml.Linq;
using Ariadne.Core.Entities;
using Ariadne.Store;
using Ariadne.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Cli.Tests;

/// <summary>
/// <c>ariadne export</c> end to end on a real SQLite store: a synthetic corpus is ingested and analysed by the CLI, then
/// each export is checked against what the store itself says about the largest network.
/// </summary>
public sealed class ExportCommandTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task Exports_of_an_analysed_store_agree_with_the_store()
    {
        using var dir = new TempDirectory();
        var store = await CliHarness.AnalysedStoreAsync(dir.Path, 300, 11);

        string network;
        int size;
        HashSet<string> phones;
        await using (var opened = await AriadneStore.OpenAsync(StoreLocation.Parse(store), CancellationToken.None))
        {
            var largest = (await opened.Networks.ListNetworksAsync(1)).Single();
            (network, size) = (largest.Id, largest.DocumentCount);
            await using var context = opened.CreateDbContext();
            var members = await context.NetworkMembers.Where(m => m.NetworkId == network).Select(m => m.DocumentId).ToListAsync();
            phones = [.. await context.EntityMentions.Where(m => members.Contains(m.DocumentId) && m.Type == EntityType.Phone).Select(m => m.Value).Distinct().ToListAsync()];
        }

        Assert.True(size >= 3, $"largest network has {size} ads");

        // GraphML to stdout: one ad node per member, n − 1 joining edges, and every phone of the members as a node.
        var graphml = await CliHarness.RunAsync("--store", store, "export", "graphml", "--network", network);
        Assert.True(graphml.ExitCode == 0, graphml.ToString());
        var xml = XDocument.Parse(graphml.Output);
        var nodes = xml.Descendants(G + "node").ToList();
        Assert.Equal(size, nodes.Count(n => Data(n, "d0") == "ad"));
        Assert.Equal(phones.Order(StringComparer.Ordinal), nodes.Where(n => Data(n, "d0") == "phone").Select(n => Data(n, "d2")!).Order(StringComparer.Ordinal));
        Assert.Equal(size - 1, xml.Descendants(G + "edge").Count(e => Data(e, "d7") != "mentions"));
        Assert.All(nodes.Where(n => Data(n, "d0") == "ad"), n => Assert.Equal(network, Data(n, "d6")));

        // Entity CSV to a file: a header, and one phone row per distinct phone (guarded against formula injection).
        var entitiesFile = dir.Combine("out", "entities.csv");
        var entities = await CliHarness.RunAsync("--store", store, "export", "entities", "--network", network, "--out", entitiesFile);
        Assert.True(entities.ExitCode == 0, entities.ToString());
        var lines = (await File.ReadAllTextAsync(entitiesFile)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("type,value,documents,first_seen,last_seen", lines[0]);
        Assert.Equal(phones.Select(p => "'" + p).Order(StringComparer.Ordinal), lines.Where(l => l.StartsWith("phone,", StringComparison.Ordinal)).Select(l => l.Split(',')[1]).Order(StringComparer.Ordinal));

        // CTDC over the whole store as JSON with k = 5: the report, and every class in the file has at least 5 rows.
        var ctdcFile = dir.Combine("out", "ctdc.json");
        var ctdc = await CliHarness.RunAsync("--store", store, "export", "ctdc", "--k", "5", "--max-suppression", "0.05", "--format", "json", "--out", ctdcFile);
        Assert.True(ctdc.ExitCode == 0, ctdc.ToString());
        Assert.Contains("records in: 300", ctdc.Output, StringComparison.Ordinal);
        Assert.Contains("k: 5", ctdc.Output, StringComparison.Ordinal);
        Assert.Matches(@"levels: age=[^,]+, location=[^,]+, posted=[^,]+, kind=\S+", ctdc.Output);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(ctdcFile));
        var rows = json.RootElement.EnumerateArray().ToList();
        var recordsOut = int.Parse(ctdc.Output.Split('\n').Single(l => l.StartsWith("records out: ", StringComparison.Ordinal))["records out: ".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(recordsOut, rows.Count);
        Assert.True(recordsOut >= 285, ctdc.Output);
        Assert.All(rows.GroupBy(r => string.Join('|', new[] { "age_band", "location", "posted", "kind" }.Select(c => r.GetProperty(c).GetString()))),
            g => Assert.True(g.Count() >= 5, $"class {g.Key} has {g.Count()} rows"));
        var text = await File.ReadAllTextAsync(ctdcFile);
        Assert.All(phones, p => Assert.DoesNotContain(p, text, StringComparison.Ordinal));
        Assert.DoesNotContain(network, text, StringComparison.Ordinal);

        // The network scope of ctdc works too.
        var ctdcNetwork = await CliHarness.RunAsync("--store", store, "export", "ctdc", "--network", network, "--k", "2", "--out", dir.Combine("out", "n.csv"));
        Assert.True(ctdcNetwork.ExitCode == 0, ctdcNetwork.ToString());
        Assert.Contains($"records in: {size}", ctdcNetwork.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gives_one_clear_line_and_a_non_zero_exit()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + dir.Combine("ariadne.db");

        var unknown = await CliHarness.RunAsync("--store", store, "export", "graphml", "--network", "n-missing");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Equal("ariadne: error: no network 'n-missing' in the store (list them with the web app's /networks page, or run 'ariadne analyze' first)", unknown.Error.Trim());
        Assert.Equal(string.Empty, unknown.Output);

        var entities = await CliHarness.RunAsync("--store", store, "export", "entities", "--network", "n-missing", "--out", dir.Combine("e.csv"));
        Assert.NotEqual(0, entities.ExitCode);
        Assert.False(File.Exists(dir.Combine("e.csv")));

        var lowK = await CliHarness.RunAsync("--store", store, "export", "ctdc", "--k", "1", "--out", dir.Combine("c.csv"));
        Assert.NotEqual(0, lowK.ExitCode);
        Assert.Equal("ariadne: error: --k must be at least 2 (got 1): with k = 1 every record may be unique.", lowK.Error.Trim());
        Assert.False(File.Exists(dir.Combine("c.csv")));

        var budget = await CliHarness.RunAsync("--store", store, "export", "ctdc", "--max-suppression", "2", "--out", dir.Combine("c.csv"));
        Assert.NotEqual(0, budget.ExitCode);
        Assert.Single(budget.Error.Trim().Split('\n'));

        var format = await CliHarness.RunAsync("--store", store, "export", "ctdc", "--format", "xml", "--out", dir.Combine("c.csv"));
        Assert.NotEqual(0, format.ExitCode);

        var missingOut = await CliHarness.RunAsync("--store", store, "export", "ctdc");
        Assert.NotEqual(0, missingOut.ExitCode);

        // An empty store exports an empty, valid file.
        var empty = await CliHarness.RunAsync("--store", store, "export", "ctdc", "--out", dir.Combine("c.csv"));
        Assert.True(empty.ExitCode == 0, empty.ToString());
        Assert.Contains("records in: 0", empty.Output, StringComparison.Ordinal);
        Assert.Equal("age_band,location,posted,kind,risk_band,indicator_categories,network_size_band\r\n", await File.ReadAllTextAsync(dir.Combine("c.csv")));
    }

    private static string? Data(XElement element, string key) =>
        element.Elements(G + "data").SingleOrDefault(d => d.Attribute("key")!.Value == key)?.Value;
}
