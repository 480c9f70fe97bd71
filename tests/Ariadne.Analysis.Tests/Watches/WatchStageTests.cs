using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Analysis.Watches;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Store.Search;
using Ariadne.Store.Watches;
using Ariadne.Testing;
using Microsoft.AspNetCore.Identity;

namespace Ariadne.Analysis.Tests.Watches;

/// <summary>The watch stage over a real store: each kind of watch, only new documents, idempotent runs. Both engines.</summary>
public abstract class WatchStageTests : IAsyncLifetime
{
    private const string Owner = "u-analyst";
    private static readonly DateTimeOffset Created = new(2026, 8, 1, 9, 0, 0, TimeSpan.Zero);

    private TempDirectory Temp { get; } = new();
    private AriadneStore store = null!;

    protected abstract StoreKind Kind { get; }

    public async Task InitializeAsync()
    {
        var location = Kind == StoreKind.Sqlite
            ? StoreLocation.Sqlite(Temp.Combine("ariadne.db"))
            : StoreLocation.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        store = await AriadneStore.OpenAsync(location);
        await using var context = store.CreateDbContext();
        context.Users.Add(new IdentityUser { Id = Owner, UserName = "analyst@example.com", Email = "analyst@example.com" });
        await context.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAndDropAsync();
        Temp.Dispose();
    }

    [Fact]
    public async Task Every_kind_of_watch_records_the_new_documents_it_matches_once_and_never_the_old_ones()
    {
        // The old documents match every watch too: a watch created after they were analysed must not report them.
        await IngestAsync(
            """{"id":"o1","text":"Relaxing massage, call 713-555-0142, jade@example.com, IG @jade_rose","location":"Houston, TX","country":"US"}""",
            """{"id":"o2","text":"Deposit first bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 then text (713) 555 0142","location":"Dallas, TX","country":"US"}""");
        await AnalyzeAsync();
        var network = (await store.Networks.NetworkOfDocumentAsync(await IdOfAsync("o1")))!;

        var watches = new Dictionary<string, long>(StringComparer.Ordinal)
        {
            ["search"] = await AddSearchAsync("massage", country: "US"),
            ["phone"] = await AddAsync(WatchKind.Phone, "+1 (713) 555-0142"),
            ["email"] = await AddAsync(WatchKind.Email, "JADE@example.com"),
            ["handle"] = await AddAsync(WatchKind.Handle, "IG @jade_rose"),
            ["wallet"] = await AddAsync(WatchKind.Wallet, "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4"),
            ["city"] = await AddAsync(WatchKind.City, "houston, us"),
            ["network"] = await AddAsync(WatchKind.Network, network),
        };

        await IngestAsync(
            """{"id":"n1","text":"Deep tissue massage tonight","location":"Austin, TX","country":"US"}""",
            """{"id":"n2","text":"New girl, text seven one three 555 0142","location":"Austin, TX","country":"US"}""",
            """{"id":"n3","text":"Write to Jade@Example.com for rates","location":"Austin, TX","country":"US"}""",
            """{"id":"n4","text":"Follow IG @jade_rose for pics","location":"Austin, TX","country":"US"}""",
            """{"id":"n5","text":"Pay bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 to book","location":"Austin, TX","country":"US"}""",
            """{"id":"n6","text":"Sweet company downtown","location":"Houston, TX","country":"US"}""",
            """{"id":"n7","text":"Massage in Paris this week","location":"Paris","country":"FR"}""");
        await AnalyzeAsync();

        Assert.Equal(["n1"], await MatchedAsync(watches["search"]));
        Assert.Equal(["n2"], await MatchedAsync(watches["phone"]));
        Assert.Equal(["n3"], await MatchedAsync(watches["email"]));
        Assert.Equal(["n4"], await MatchedAsync(watches["handle"]));
        Assert.Equal(["n5"], await MatchedAsync(watches["wallet"]));
        Assert.Equal(["n6"], await MatchedAsync(watches["city"]));

        // n2 (the phone) joins the watched network; n3–n5 share its e-mail, handle and wallet.
        Assert.Equal(["n2", "n3", "n4", "n5"], await MatchedAsync(watches["network"]));

        var before = await store.Watches.ListAsync(Owner);
        var again = await WatchStage.EvaluateAsync(store, 100, null, TimeProvider.System, CancellationToken.None);
        await AnalyzeAsync();
        Assert.Equal(new WatchRunSummary(0, 0, 0, 0), again);
        Assert.Equal(before.Select(s => (s.Watch.Id, s.Matches, s.NewMatches)), (await store.Watches.ListAsync(Owner)).Select(s => (s.Watch.Id, s.Matches, s.NewMatches)));
        Assert.All(before, s => Assert.NotNull(s.Watch.EvaluatedAtUtc));
    }

    [Fact]
    public async Task Documents_not_yet_extracted_wait_for_the_run_that_extracts_them()
    {
        var phone = await AddAsync(WatchKind.Phone, "+1 713 555 0199");
        await IngestAsync("""{"id":"w1","text":"Call 713 555 0199 now","country":"US"}""");

        var early = await WatchStage.EvaluateAsync(store, 100, null, TimeProvider.System, CancellationToken.None);
        Assert.Equal(new WatchRunSummary(0, 1, 1, 0), early);

        await AnalyzeAsync();
        Assert.Equal(["w1"], await MatchedAsync(phone));
        Assert.Equal(0, await store.Analysis.CountPendingAsync(WatchStage.Name, WatchStage.Version));
    }

    [Fact]
    public async Task A_saved_search_over_a_large_batch_pages_through_all_of_its_matches()
    {
        var search = await AddSearchAsync("rose");
        await IngestAsync([.. Enumerable.Range(0, 620).Select(i => "{\"id\":\"r" + i + "\",\"text\":\"Rose number " + i + "\",\"country\":\"US\"}"),
            """{"id":"x","text":"Lily only","country":"US"}"""]);

        await new AnalyzeService().RunAsync(store, new AnalyzeOptions { Link = false }, null, CancellationToken.None);

        Assert.Equal(620, (await store.Watches.ListAsync(Owner)).Single(s => s.Watch.Id == search).Matches);
    }

    private async Task<long> AddAsync(WatchKind kind, string value)
    {
        var (definition, error) = await WatchDefinitions.CreateAsync(store, kind, value, CancellationToken.None);
        Assert.True(error is null, error);
        return (await store.Watches.AddAsync(Owner, kind.ToWireName() + " watch", kind, definition!, Created)).Id;
    }

    private async Task<long> AddSearchAsync(string text, string? country = null)
    {
        var query = new DocumentSearchQuery { Text = text, Country = country };
        return (await store.Watches.AddAsync(Owner, "search " + text, WatchKind.Search, WatchSearch.From(query).ToJson(), Created)).Id;
    }

    private async Task<List<string>> MatchedAsync(long watch)
    {
        var page = await store.Watches.ListMatchesAsync(watch, DateTimeOffset.MinValue, null, 100);
        var external = new List<string>();
        foreach (var item in page.Items)
        {
            external.Add((await store.GetDocumentAsync(item.Id))!.ExternalId!);
        }

        external.Sort(StringComparer.Ordinal);
        return external;
    }

    private async Task<string> IdOfAsync(string externalId)
    {
        await using var context = store.CreateDbContext();
        return context.Documents.Single(d => d.ExternalId == externalId).Id;
    }

    private Task<AnalyzeSummary> AnalyzeAsync() => new AnalyzeService().RunAsync(store, new AnalyzeOptions(), null, CancellationToken.None);

    private async Task IngestAsync(params string[] lines)
    {
        var file = Temp.Combine(Guid.NewGuid().ToString("N") + ".jsonl");
        await File.WriteAllLinesAsync(file, lines);
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(Temp.Combine("blobs")), null, CancellationToken.None);
    }
}
