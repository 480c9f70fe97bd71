using System.Text.Json;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Core.Entities;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Store.Scoring;
using Ariadne.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Analysis.Tests.Stages;

/// <summary>
/// The scoring stage over a real store: a small model trained on one synthetic seed scores an ingested corpus of
/// another seed; the answers are checked against that corpus' truth. Runs on both engines.
/// </summary>
public abstract class ScoreStageTests : IAsyncLifetime
{
    private TempDirectory Temp { get; } = new();
    private AriadneStore store = null!;

    protected abstract StoreKind Kind { get; }

    public async Task InitializeAsync()
    {
        var location = Kind == StoreKind.Sqlite
            ? StoreLocation.Sqlite(Temp.Combine("ariadne.db"))
            : StoreLocation.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        store = await AriadneStore.OpenAsync(location);
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAndDropAsync();
        Temp.Dispose();
    }

    [Fact]
    public async Task Analyze_scores_every_new_document_once_with_hits_on_the_body_and_ranks_networks_first()
    {
        var truth = await IngestSynthAsync(600, 22);
        var options = new AnalyzeOptions { BatchSize = 250, Scorer = new DocumentScorer(SmallRiskModel.Instance) };

        var first = await new AnalyzeService().RunAsync(store, options, null, CancellationToken.None);
        var second = await new AnalyzeService().RunAsync(store, options, null, CancellationToken.None);

        Assert.Equal(600, first.DocumentsScored);
        Assert.Equal(0, second.DocumentsScored);
        var repo = new ScoringRepository(store);
        Assert.Equal(0, await store.Analysis.CountPendingAsync(ScoreStage.Name, ScoreStage.Version));

        await using var context = store.CreateDbContext();
        var docs = await context.Documents.AsNoTracking().Select(d => new { d.Id, d.ExternalId, d.Body }).ToListAsync();
        var label = docs.ToDictionary(d => d.Id, d => truth[d.ExternalId!]);
        var hits = await context.IndicatorHits.AsNoTracking().ToListAsync();
        Assert.Equal(first.IndicatorHits, hits.Count);
        var bodies = docs.ToDictionary(d => d.Id, d => d.Body);
        Assert.All(hits.Where(h => h.Field == "text"), h => Assert.InRange(h.End, h.Start + 1, bodies[h.DocumentId].Length));
        Assert.All(hits.Where(h => h.RuleId == "trust.genuine@2" && h.Field == "text"), h => Assert.Matches("(?i)100|real|réel|foto|photo|pic", bodies[h.DocumentId][h.Start..h.End]));

        var scores = await context.RiskScores.AsNoTracking().ToListAsync();
        var independents = scores.Where(s => label[s.DocumentId] == "independent").ToList();
        var flagged = independents.Count(s => s.Probability >= 0.5);
        Assert.True(flagged <= independents.Count * 0.02, $"{flagged} of {independents.Count} independent workers flagged");

        var queue = await repo.ListQueueAsync(top: 20, uncertain: 3);
        Assert.Equal(23, queue.Count);
        Assert.All(queue.Take(20), q => Assert.Equal("trafficking", label[q.DocumentId]));
        Assert.All(queue.Take(20), q => Assert.Contains("\n", q.Explanation, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_ingested_later_is_scored_on_the_next_run_only()
    {
        await IngestAsync("""{"id":"x1","text":"Hi, I'm Ruby, 27. Independent, by appointment. Text 713-555-0142.","country":"US"}""");
        var options = new AnalyzeOptions { Scorer = new DocumentScorer(SmallRiskModel.Instance) };
        Assert.Equal(1, (await new AnalyzeService().RunAsync(store, options, null, CancellationToken.None)).DocumentsScored);

        await IngestAsync("""{"id":"x2","text":"My girls are here, ask for Mia. Call my manager 713 555 0199. 100% real.","country":"US"}""");
        var next = await new AnalyzeService().RunAsync(store, options, null, CancellationToken.None);

        Assert.Equal(1, next.DocumentsScored);
        await using var context = store.CreateDbContext();
        var x2 = await context.Documents.AsNoTracking().Where(d => d.ExternalId == "x2").Select(d => d.Id).SingleAsync();
        var hits = await new ScoringRepository(store).GetHitsAsync(x2);
        // "My girls", "ask for Mia" and "Call my manager" (not again the "my manager" inside it), then "100% real".
        Assert.Equal(["third-party", "third-party", "third-party", "trust"], hits.Select(h => h.Category).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_later_batch_and_the_members_of_the_networks_it_joins_are_scored_exactly_as_a_whole_store_run_scores_them()
    {
        var (adsPath, _) = SynthCorpusCache.TextOnly(600, 22);
        var lines = await File.ReadAllLinesAsync(adsPath);
        var first = Temp.Combine("first.jsonl");
        var later = Temp.Combine("later.jsonl");
        await File.WriteAllLinesAsync(first, lines[..540]);
        await File.WriteAllLinesAsync(later, lines[540..]);
        // Identifier and photo evidence only: incremental linking gives exactly the full run's networks with it, so
        // the two stores' network evidence, and so their scores, must agree to the last digit.
        var link = new Ariadne.Linking.LinkOptions { Kinds = new HashSet<Ariadne.Linking.Graph.LinkKind> { Ariadne.Linking.Graph.LinkKind.Phone, Ariadne.Linking.Graph.LinkKind.Email, Ariadne.Linking.Graph.LinkKind.Handle, Ariadne.Linking.Graph.LinkKind.Wallet, Ariadne.Linking.Graph.LinkKind.Photo } };
        var options = new AnalyzeOptions { BatchSize = 250, Scorer = new DocumentScorer(SmallRiskModel.Instance), LinkOptions = link };
        await IngestFileAsync(store, first);
        await new AnalyzeService().RunAsync(store, options, null, CancellationToken.None);
        await IngestFileAsync(store, later);

        var second = await new AnalyzeService().RunAsync(store, options, null, CancellationToken.None);

        var location = Kind == StoreKind.Sqlite
            ? StoreLocation.Sqlite(Temp.Combine("whole.db"))
            : StoreLocation.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        var whole = await AriadneStore.OpenAsync(location);
        try
        {
            await IngestFileAsync(whole, adsPath);
            await new AnalyzeService().RunAsync(whole, options, null, CancellationToken.None);

            var incremental = await ScoresAsync(store);
            var expected = await ScoresAsync(whole);
            await using var context = store.CreateDbContext();
            var laterIds = (await context.Documents.AsNoTracking().Select(d => new { d.Id, d.ExternalId }).ToListAsync())
                .Where(d => lines[540..].Any(l => l.Contains("\"" + d.ExternalId + "\"", StringComparison.Ordinal))).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(60, laterIds.Count);

            // Found here from the membership table, independently of the stage: earlier documents now in a network
            // with a later one.
            var members = await context.NetworkMembers.AsNoTracking().Select(m => new { m.DocumentId, m.NetworkId }).ToListAsync();
            var laterNetworks = members.Where(m => laterIds.Contains(m.DocumentId)).Select(m => m.NetworkId).ToHashSet(StringComparer.Ordinal);
            var joined = members.Where(m => !laterIds.Contains(m.DocumentId) && laterNetworks.Contains(m.NetworkId)).Select(m => m.DocumentId).ToHashSet(StringComparer.Ordinal);

            Assert.NotEmpty(joined);
            Assert.Equal(joined.Count, second.DocumentsRescored);
            Assert.Equal(60 + joined.Count, second.DocumentsScored);
            Assert.Equal(expected.Count, incremental.Count);
            Assert.All(laterIds.Concat(joined), id => Assert.Equal(expected[id], incremental[id], 12));
        }
        finally
        {
            await whole.DisposeAndDropAsync();
        }
    }

    private static async Task<Dictionary<string, double>> ScoresAsync(AriadneStore target)
    {
        await using var context = target.CreateDbContext();
        return await context.RiskScores.AsNoTracking().ToDictionaryAsync(s => s.DocumentId, s => s.Probability);
    }

    private async Task IngestFileAsync(AriadneStore target, string file) =>
        await new IngestService().IngestAsync([file], new IngestOptions(), target.CreateIngestSink(), new FileSystemBlobStore(Temp.Combine("blobs")), null, CancellationToken.None);

    private async Task<Dictionary<string, string>> IngestSynthAsync(int ads, long seed)
    {
        var (adsPath, truthPath) = SynthCorpusCache.TextOnly(ads, seed);
        await new IngestService().IngestAsync([adsPath], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(Temp.Combine("blobs")), null, CancellationToken.None);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(truthPath));
        return json.RootElement.GetProperty("documents").EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("label").GetString()!);
    }

    private async Task IngestAsync(params string[] lines)
    {
        var file = Temp.Combine(Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllLinesAsync(file, lines);
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(Temp.Combine("blobs")), null, CancellationToken.None);
    }
}
