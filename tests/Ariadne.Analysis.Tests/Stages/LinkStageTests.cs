using System.Text.Json;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Linking;
using Ariadne.Linking.Evaluation;
using Ariadne.Linking.Graph;
using Ariadne.Linking.Networks;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Synth;
using Ariadne.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Analysis.Tests.Stages;

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
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAndDropAsync();
        Temp.Dispose();
    }

    [Fact]
    public async Task Stored_networks_match_the_truth_and_every_membership_has_its_evidence()
    {
        await IngestAsync(AdsFile);
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

        var networks = await store.Networks.ListNetworksAsync(10_000);
        Assert.Equal(summary.Link.Networks, networks.Count);
        Assert.True(networks.Count > 5);
        foreach (var network in networks.Take(20))
        {
            var detail = await store.Networks.GetNetworkAsync(network.Id);
            Assert.NotNull(detail);
            Assert.Equal(network.DocumentCount, detail!.Members.Count);
            Assert.Equal(network.DocumentCount - 1, detail.Edges.Count);
            Assert.All(detail.Edges, e => Assert.False(string.IsNullOrEmpty(e.Evidence)));
            var parsed = NetworkSummaryJson.Deserialize(network.SummaryJson);
            Assert.NotNull(parsed);
            Assert.Equal(network.DocumentCount, parsed!.Ads);
            Assert.Equal(detail.Edges.Count, parsed.EdgesByKind.Values.Sum());
            Assert.Equal(network.Id, await store.Networks.NetworkOfDocumentAsync(detail.Members[0].Id));
        }

        // Largest first, keyset paging continues where the page ended.
        var page = await store.Networks.ListNetworksAsync(3);
        var next = await store.Networks.ListNetworksAsync(3, (page[^1].DocumentCount, page[^1].Id));
        Assert.Equal(networks.Skip(3).Take(3).Select(n => n.Id), next.Select(n => n.Id));
        Assert.True(page[0].DocumentCount >= page[^1].DocumentCount);
    }

    [Fact]
    public async Task A_new_ad_with_a_known_phone_grows_that_network_and_nothing_else_is_rewritten()
    {
        await IngestAsync(AdsFile);
        await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);
        var again = await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);
        Assert.Equal(0, again.Link!.NetworksChanged);
        Assert.Equal(0, again.Link.SignaturesComputed);

        // Pick a network and one of its phones, then post a new ad with that phone only.
        await using var context = store.CreateDbContext();
        var edge = await context.NetworkEdges.Where(e => e.Kind == "phone").OrderBy(e => e.Id).FirstAsync();
        var before = await store.Networks.GetNetworkAsync(edge.NetworkId);
        var file = Temp.Combine("later.jsonl");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new { id = "later-1", text = "Back in town this week, call or text " + edge.Evidence + " to book." }) + "\n");
        await IngestAsync(file);

        var next = await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);

        Assert.Equal(LinkMode.Incremental, next.Link!.Mode);
        Assert.Equal(before!.Members.Count + 1, next.Link.DocumentsJudged);
        Assert.Equal(1, next.Link.SignaturesComputed);
        Assert.Equal(1, next.Link.NetworksChanged);
        Assert.Equal(0, next.Link.NetworksRemoved);
        var after = await store.Networks.GetNetworkAsync(edge.NetworkId);
        Assert.NotNull(after);
        Assert.Equal(before!.Members.Count + 1, after!.Members.Count);
        var newcomer = await context.Documents.SingleAsync(d => d.ExternalId == "later-1");
        Assert.Contains(after.Edges, e => (e.DocumentA == newcomer.Id || e.DocumentB == newcomer.Id) && e.Kind == "phone" && e.Evidence == edge.Evidence);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Linking_a_new_batch_incrementally_agrees_with_linking_everything_again(bool identifiersOnly)
    {
        // The last tenth of the corpus arrives later: linked incrementally against the stored networks.
        var lines = await File.ReadAllLinesAsync(AdsFile);
        var split = lines.Length * 9 / 10;
        await File.WriteAllLinesAsync(Temp.Combine("first.jsonl"), lines[..split]);
        await File.WriteAllLinesAsync(Temp.Combine("later.jsonl"), lines[split..]);
        var options = Options() with
        {
            LinkOptions = identifiersOnly
                ? new LinkOptions { Kinds = new HashSet<LinkKind> { LinkKind.Phone, LinkKind.Email, LinkKind.Handle, LinkKind.Wallet, LinkKind.Photo } }
                : new LinkOptions(),
        };
        await IngestAsync(Temp.Combine("first.jsonl"));
        var first = await new AnalyzeService().RunAsync(store, options, null, CancellationToken.None);
        Assert.Equal(LinkMode.Full, first.Link!.Mode);
        await IngestAsync(Temp.Combine("later.jsonl"));

        var later = await new AnalyzeService().RunAsync(store, options, null, CancellationToken.None);

        Assert.Equal(LinkMode.Incremental, later.Link!.Mode);
        Assert.InRange(later.Link.DocumentsJudged, lines.Length - split, Ads - 1);
        var incremental = await store.Links.LoadMembershipAsync();
        await AssertEveryNetworkIsExplainedAsync();

        var full = await new AnalyzeService().RunAsync(store, options with { Relink = true }, null, CancellationToken.None);
        Assert.Equal(LinkMode.Full, full.Link!.Mode);
        var relinked = await store.Links.LoadMembershipAsync();
        var ids = await AllIdsAsync();
        var agreement = ClusteringScore.Compute(
            [.. ids.Select(id => relinked.GetValueOrDefault(id) ?? "alone:" + id)],
            [.. ids.Select(id => incremental.GetValueOrDefault(id) ?? "alone:" + id)]);
        if (identifiersOnly)
        {
            // Identifier evidence is decided the same way from either side: the same partition exactly.
            Assert.Equal(1.0, agreement.Precision);
            Assert.Equal(1.0, agreement.Recall);
        }
        else
        {
            // Text decisions between two stored documents are not re-judged incrementally; the partitions may differ
            // a little, never much.
            Assert.True(agreement.F1 >= 0.97, $"incremental vs full F1 {agreement.F1:0.000} (P {agreement.Precision:0.000}, R {agreement.Recall:0.000})");
        }

        await using var context = store.CreateDbContext();
        var external = await context.Documents.ToDictionaryAsync(d => d.Id, d => d.ExternalId!);
        var truth = await TruthAsync();
        var score = ClusteringScore.Compute([.. ids.Select(id => truth[external[id]])], [.. ids.Select(id => incremental.GetValueOrDefault(id) ?? "alone:" + id)]);
        Assert.True(score.Precision >= 0.98, $"incremental precision against the truth {score.Precision:0.000}");
    }

    [Fact]
    public async Task Template_linking_in_the_store_joins_phone_eras_as_the_offline_linker_does()
    {
        // A field corpus: networks change phones and rewrite their templates; the store keeps each document's phrases
        // with its signature, and a full link run over them must give the offline linker's networks.
        var field = Temp.Combine("field");
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = 1_500, Seed = 23, OutputDirectory = field, ImagesEnabled = false, Profile = SynthProfile.Field });
        var file = Path.Combine(field, "ads.jsonl");
        await IngestAsync(file);
        await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);

        var (records, errors) = Ariadne.Analysis.Linking.LinkInputReader.Read(file);
        var offline = Ariadne.Analysis.Linking.OfflineLinker.Run(records, errors, new LinkOptions());
        Assert.Contains(offline.Link.Edges, e => e.Kind == LinkKind.Template);
        await using var context = store.CreateDbContext();
        var internalId = await context.Documents.ToDictionaryAsync(d => d.ExternalId!, d => d.Id);
        var membership = await store.Links.LoadMembershipAsync();
        var stored = records.Select(r => membership.GetValueOrDefault(internalId[r.Id]) ?? "alone:" + r.Id).ToArray();
        var expected = records.Select((r, i) => offline.Link.ComponentOf[i].ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var agreement = ClusteringScore.Compute(expected, stored);
        Assert.Equal(1.0, agreement.Precision);
        Assert.Equal(1.0, agreement.Recall);
        Assert.True(await context.NetworkEdges.CountAsync(e => e.Kind == "template") > 0);
        await AssertEveryNetworkIsExplainedAsync();
    }

    /// <summary>Every stored network's edges form a spanning tree of its members, each with its evidence.</summary>
    private async Task AssertEveryNetworkIsExplainedAsync()
    {
        foreach (var network in await store.Networks.ListNetworksAsync(100_000))
        {
            var detail = (await store.Networks.GetNetworkAsync(network.Id))!;
            Assert.Equal(network.DocumentCount, detail.Members.Count);
            Assert.Equal(network.DocumentCount - 1, detail.Edges.Count);
            var index = detail.Members.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
            var forest = new UnionFind(detail.Members.Count);
            foreach (var edge in detail.Edges)
            {
                Assert.False(string.IsNullOrEmpty(edge.Evidence));
                Assert.True(forest.Union(index[edge.DocumentA], index[edge.DocumentB]), $"edge {edge.DocumentA}–{edge.DocumentB} of {network.Id} closes a cycle");
            }

            Assert.Equal(network.DocumentCount, forest.SizeOf(0));
            Assert.Equal(network.DocumentCount, NetworkSummaryJson.Deserialize(network.SummaryJson)!.Ads);
        }
    }

    private async Task<List<string>> AllIdsAsync()
    {
        await using var context = store.CreateDbContext();
        return (await context.Documents.Select(d => d.Id).ToListAsync()).Order(StringComparer.Ordinal).ToList();
    }

    private string AdsFile => Path.Combine(Corpus, "ads.jsonl");

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
