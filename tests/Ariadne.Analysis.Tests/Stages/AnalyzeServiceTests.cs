using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Core.Entities;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Testing;

namespace Ariadne.Analysis.Tests.Stages;

/// <summary>Extraction over a real store: mentions with spans, incremental, idempotent. Runs on both engines.</summary>
public abstract class AnalyzeServiceTests : IAsyncLifetime
{
    private const string Obfuscated = "Sweet Jade. Call 713 555 0123 or seven one three, five five five, oh one two three, or (713) 555-O123.";

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
    public async Task Stores_mentions_whose_spans_point_at_the_text_and_a_second_run_does_nothing()
    {
        await IngestAsync(
            """{"id":"a1","text":"Text Jade at +1 713 555 0142 or jade at example dot com","country":"US"}""",
            """{"id":"a2","text":"New in Houston! IG @jade_rose, 150 roses. Ask for Jade. 713-555-0142","country":"US"}""",
            """{"id":"a3","text":"Nothing to see here.","country":"US"}""");

        var first = await new AnalyzeService().RunAsync(store, new AnalyzeOptions { BatchSize = 2 }, null, CancellationToken.None);
        var second = await new AnalyzeService().RunAsync(store, new AnalyzeOptions(), null, CancellationToken.None);

        Assert.Equal(3, first.DocumentsAnalyzed);
        Assert.Equal(0, second.DocumentsAnalyzed);
        Assert.Equal(0, await store.Analysis.CountPendingAsync(ExtractStage.Name, ExtractStage.Version));
        Assert.Equal(2, await store.Analysis.CountDocumentsMentioningAsync(EntityType.Phone, "+17135550142"));

        var a1 = await DocumentIdAsync("jade at example");
        var mentions = await store.Analysis.GetMentionsAsync(a1);
        var body = (await store.GetDocumentAsync(a1))!.Body;
        Assert.Contains(mentions, m => m.Type == EntityType.Phone && m.Value == "+17135550142" && body[m.Start..m.End] == "+1 713 555 0142" && !m.Obfuscated);
        Assert.Contains(mentions, m => m.Type == EntityType.Email && m.Value == "jade@example.com" && m.Obfuscated);
        Assert.Equal(first.MentionsStored, await CountAllMentionsAsync());
    }

    [Fact]
    public async Task Documents_ingested_later_are_analysed_on_the_next_run_only()
    {
        await IngestAsync("""{"id":"b1","text":"Call 713 555 0100","country":"US"}""");
        await new AnalyzeService().RunAsync(store, new AnalyzeOptions(), null, CancellationToken.None);
        var before = await CountAllMentionsAsync();

        await IngestAsync("""{"id":"b2","text":"Call 713 555 0199","country":"US"}""");
        var next = await new AnalyzeService().RunAsync(store, new AnalyzeOptions(), null, CancellationToken.None);

        Assert.Equal(1, next.DocumentsAnalyzed);
        Assert.Equal(before + next.MentionsStored, await CountAllMentionsAsync());
        Assert.Equal(1, await store.Analysis.CountDocumentsMentioningAsync(EntityType.Phone, "+17135550199"));
    }

    [Fact]
    public async Task Obfuscated_phones_are_flagged()
    {
        await IngestAsync("{\"id\":\"c1\",\"text\":\"" + Obfuscated + "\",\"country\":\"US\"}");

        var summary = await new AnalyzeService().RunAsync(store, new AnalyzeOptions(), null, CancellationToken.None);

        var id = await DocumentIdAsync("seven one three");
        var phones = (await store.Analysis.GetMentionsAsync(id)).Where(m => m.Type == EntityType.Phone).ToList();
        Assert.Contains(phones, m => m.Value == "+17135550123" && !m.Obfuscated);
        Assert.Equal(2, phones.Count(m => m.Value == "+17135550123" && m.Obfuscated));
        Assert.Equal(2, summary.ObfuscatedPhones);
    }

    [Fact]
    public async Task Stores_each_posting_city_once_and_replaces_it_when_the_stage_runs_again()
    {
        await IngestAsync(
            """{"id":"p1","text":"Sweet and fun, call me","location":"Houston, TX","country":"US"}""",
            """{"id":"p2","text":"Back in town this week","location":"Paris","country":"FR"}""",
            """{"id":"p3","text":"Text me anytime","location":"somewhere nice","country":"US"}""",
            """{"id":"p4","text":"No place given"}""");

        await new AnalyzeService().RunAsync(store, new AnalyzeOptions { Link = false }, null, CancellationToken.None);

        await using var context = store.CreateDbContext();
        var cities = context.DocumentPlaces.AsEnumerable().Select(p => p.City).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Houston, US", "Paris, FR"], cities);
    }

    private async Task IngestAsync(params string[] lines)
    {
        var file = Temp.Combine(Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllLinesAsync(file, lines);
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(Temp.Combine("blobs")), null, CancellationToken.None);
    }

    private async Task<string> DocumentIdAsync(string phrase)
    {
        var page = await store.SearchDocumentsAsync(new Ariadne.Store.Search.DocumentSearchQuery { Text = "\"" + phrase + "\"" });
        return Assert.Single(page.Items).Id;
    }

    private async Task<int> CountAllMentionsAsync()
    {
        await using var context = store.CreateDbContext();
        return context.EntityMentions.Count();
    }
}
