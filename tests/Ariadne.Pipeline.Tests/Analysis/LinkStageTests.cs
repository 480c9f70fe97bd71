using System.Text.Json;
using Ariadne.Linking.Evaluation;
using Ariadne.Linking.Networks;
using Ariadne.Pipeline.Analysis;
using Ariadne.Pipeline.Ingest;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Synth;
using Ariadne.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Pipeline.Tests.Analysis;

/// <summary>
/// The link stage of <c>ariadne analyze</c> over a synthetic corpus, judged against the generator's truth, and its
/// incremental behaviour: stable ids, only changed networks rewritten. Runs on both engines.
/// </summary>
public abstract class LinkStageTests : IAsyncLifetime
{
    private const int Ads = 600;

    private TempDirectory Temp { get; } = new();
    private AriadneStore store = null!;

    protected abstract StoreKind Kind { get; }

    private string BlobRoot => Temp.Combine("blobs");

    private string Corpus => Temp.Combine("corpus");

    public async Task InitializeAsync()
    {
        var location = Kind == StoreKind.Sqlite
            ? StoreLocation.Sqlite(Temp.Combine("ariadne.db"))
            : StoreLocation.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        store = await AriadneStore.OpenAsync(location);
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = Ads, Seed = 21, OutputDirectory = Corpus });
        await IngestAsync(Path.Combine(Corpus, "ads.jsonl"));
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        Temp.Dispose();
    }

    [Fact]
    public async Task Stored_networks_match_the_truth_and_every_membership_has_its_evidence()
    {
        var summary = await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);

        Assert.NotNull(summary.Link);
        Assert.Equal(Ads, summary.Link!.SignaturesComputed);
        await using var context = store.CreateDbContext();
        var external = await context.Documents.ToDictionaryAsync(d => d.Id, d => d.ExternalId!);
        var membership = await store.Links.LoadMembershipAsync();
        var truth = await TruthAsync();
        var ids = external.Keys.Order(StringComparer.Ordinal).ToList();
        var score = ClusteringScore.Compute(
            [.. ids.Select(id => truth[external[id]])],
            [.. ids.Select(id => membership.GetValueOrDefault(id) ?? "alone:" + id)]);
        Assert.True(score.Precision >= 0.98, $"precision {score.Precision:0.000}");
        Assert.True(score.Recall >= 0.9, $"recall {score.Recall:0.000}");

        var networks = await store.Links.ListNetworksAsync(10_000);
        Assert.Equal(summary.Link.Networks, networks.Count);
        Assert.True(networks.Count > 5);
        foreach (var network in networks.Take(20))
        {
            var detail = await store.Links.GetNetworkAsync(network.Id);
            Assert.NotNull(detail);
            Assert.Equal(network.DocumentCount, detail!.Members.Count);
            Assert.Equal(network.DocumentCount - 1, detail.Edges.Count);
            Assert.All(detail.Edges, e => Assert.False(string.IsNullOrEmpty(e.Evidence)));
            var parsed = NetworkSummaryJson.Deserialize(network.SummaryJson);
            Assert.NotNull(parsed);
            Assert.Equal(network.DocumentCount, parsed!.Ads);
            Assert.Equal(detail.Edges.Count, parsed.EdgesByKind.Values.Sum());
            Assert.Equal(network.Id, await store.Links.NetworkOfDocumentAsync(detail.Members[0].Id));
        }

        // Largest first, keyset paging continues where the page ended.
        var page = await store.Links.ListNetworksAsync(3);
        var next = await store.Links.ListNetworksAsync(3, (page[^1].DocumentCount, page[^1].Id));
        Assert.Equal(networks.Skip(3).Take(3).Select(n => n.Id), next.Select(n => n.Id));
        Assert.True(page[0].DocumentCount >= page[^1].DocumentCount);
    }

    [Fact]
    public async Task A_new_ad_with_a_known_phone_grows_that_network_and_nothing_else_is_rewritten()
    {
        await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);
        var again = await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);
        Assert.Equal(0, again.Link!.NetworksChanged);
        Assert.Equal(0, again.Link.SignaturesComputed);

        // Pick a network and one of its phones, then post a new ad with that phone only.
        await using var context = store.CreateDbContext();
        var edge = await context.NetworkEdges.Where(e => e.Kind == "phone").OrderBy(e => e.Id).FirstAsync();
        var before = await store.Links.GetNetworkAsync(edge.NetworkId);
        var file = Temp.Combine("later.jsonl");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { id = "later-1", text = "Back in town this week, call or text " + edge.Evidence + " to book." }) + "\n");
        await IngestAsync(file);

        var next = await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);

        Assert.Equal(1, next.Link!.SignaturesComputed);
        Assert.Equal(1, next.Link.NetworksChanged);
        Assert.Equal(0, next.Link.NetworksRemoved);
        var after = await store.Links.GetNetworkAsync(edge.NetworkId);
        Assert.NotNull(after);
        Assert.Equal(before!.Members.Count + 1, after!.Members.Count);
        var newcomer = await context.Documents.SingleAsync(d => d.ExternalId == "later-1");
        Assert.Contains(after.Edges, e => (e.DocumentA == newcomer.Id || e.DocumentB == newcomer.Id) && e.Kind == "phone" && e.Evidence == edge.Evidence);
    }

    private AnalyzeOptions Options() => new() { BlobRoot = BlobRoot, BatchSize = 200 };

    private async Task IngestAsync(string file) =>
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(BlobRoot), null, CancellationToken.None);

    private async Task<Dictionary<string, string>> TruthAsync()
    {
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Corpus, "truth.json")));
        return json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("network").GetString()!, StringComparer.Ordinal);
    }
}
