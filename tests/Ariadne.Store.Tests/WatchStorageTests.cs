using Ariadne.Store.Ingest;
using Ariadne.Store.Search;
using Ariadne.Store.Watches;
using Microsoft.AspNetCore.Identity;

namespace Ariadne.Store.Tests;

/// <summary>Watches and their matches on both engines: per-account access, idempotent recording, new-since-visit counts, paging.</summary>
public abstract class WatchStorageTests : StoreTestBase
{
    private static readonly DateTimeOffset Created = TestDocuments.Noon;

    private async Task<List<string>> SetUpAsync(int documents)
    {
        await using (var context = Store.CreateDbContext())
        {
            context.Users.Add(new IdentityUser { Id = "u1", UserName = "one@example.com", Email = "one@example.com" });
            context.Users.Add(new IdentityUser { Id = "u2", UserName = "two@example.com", Email = "two@example.com" });
            await context.SaveChangesAsync();
        }

        var batch = new IngestBatch { RunId = "run" };
        for (var i = 0; i < documents; i++)
        {
            batch.Documents.Add(TestDocuments.Make((i % 2 == 0 ? "rose " : "lily ") + i, title: "Ad " + i, posted: TestDocuments.Noon.AddHours(i)));
        }

        await Store.CreateIngestSink().CommitBatchAsync(batch, default);
        return [.. batch.Documents.Select(d => d.Id)];
    }

    [Fact]
    public async Task An_account_sees_renames_and_removes_only_its_own_watches()
    {
        await SetUpAsync(0);
        var mine = await Store.Watches.AddAsync("u1", "  Houston roses  ", WatchKind.City, "Houston, US", Created);
        var theirs = await Store.Watches.AddAsync("u2", "Theirs", WatchKind.Phone, "+17135550142", Created);

        Assert.Equal("Houston roses", Assert.Single(await Store.Watches.ListAsync("u1")).Watch.Name);
        Assert.Null(await Store.Watches.GetAsync(theirs.Id, "u1"));
        Assert.False(await Store.Watches.RenameAsync(theirs.Id, "u1", "Mine now"));
        Assert.False(await Store.Watches.RemoveAsync(theirs.Id, "u1"));
        Assert.Null(await Store.Watches.MarkVisitedAsync(theirs.Id, "u1", Created.AddDays(1)));
        Assert.Equal("Theirs", (await Store.Watches.GetAsync(theirs.Id, "u2"))!.Name);

        Assert.True(await Store.Watches.RenameAsync(mine.Id, "u1", "Houston"));
        Assert.Equal("Houston", (await Store.Watches.GetAsync(mine.Id, "u1"))!.Name);
        Assert.True(await Store.Watches.RemoveAsync(mine.Id, "u1"));
        Assert.Empty(await Store.Watches.ListAsync("u1"));
        Assert.Single(await Store.Watches.ListAsync("u2"));
    }

    [Fact]
    public async Task Recording_a_batch_twice_adds_each_match_once_and_marks_the_documents()
    {
        var ids = await SetUpAsync(4);
        var watch = await Store.Watches.AddAsync("u1", "w", WatchKind.Phone, "+17135550142", Created);
        WatchHit[] hits = [new(watch.Id, ids[0]), new(watch.Id, ids[1]), new(watch.Id, ids[1])];

        Assert.Equal(2, await Store.Watches.SaveEvaluationAsync("watch", 1, ids[..2], hits, [watch.Id], Created.AddHours(1)));
        Assert.Equal(0, await Store.Watches.SaveEvaluationAsync("watch", 1, ids[..2], hits, [watch.Id], Created.AddHours(2)));

        Assert.Equal(2, await Store.Analysis.CountPendingAsync("watch", 1));
        var summary = Assert.Single(await Store.Watches.ListAsync("u1"));
        Assert.Equal((2L, 2L), (summary.Matches, summary.NewMatches));
        Assert.Equal(Created.AddHours(2), summary.Watch.EvaluatedAtUtc);
    }

    [Fact]
    public async Task Matches_found_after_the_last_visit_are_new_and_a_visit_marks_them_seen()
    {
        var ids = await SetUpAsync(3);
        var watch = await Store.Watches.AddAsync("u1", "w", WatchKind.Email, "jade@example.com", Created);
        var other = await Store.Watches.AddAsync("u1", "quiet", WatchKind.Email, "rose@example.com", Created);
        await Store.Watches.SaveEvaluationAsync("watch", 1, [ids[0]], [new(watch.Id, ids[0])], [watch.Id, other.Id], Created.AddHours(1));

        Assert.Equal(new WatchAlerts(2, 1, 1), await Store.Watches.AlertsAsync("u1"));
        Assert.Equal(new WatchAlerts(0, 0, 0), await Store.Watches.AlertsAsync("u2"));
        var previous = await Store.Watches.MarkVisitedAsync(watch.Id, "u1", Created.AddHours(2));
        Assert.Equal(Created, previous);
        Assert.Equal(new WatchAlerts(2, 0, 0), await Store.Watches.AlertsAsync("u1"));

        await Store.Watches.SaveEvaluationAsync("watch", 1, [ids[1], ids[2]], [new(watch.Id, ids[1]), new(watch.Id, ids[2])], [watch.Id], Created.AddHours(3));
        var page = await Store.Watches.ListMatchesAsync(watch.Id, Created.AddHours(2), null, 50);
        Assert.Equal([(ids[2], true), (ids[1], true), (ids[0], false)], page.Items.Select(i => (i.Id, i.IsNew)).OrderByDescending(i => i.IsNew).ThenByDescending(i => i.Id, StringComparer.Ordinal));
        Assert.Equal(new WatchAlerts(2, 1, 2), await Store.Watches.AlertsAsync("u1"));
    }

    [Fact]
    public async Task Matches_page_most_recently_found_first_without_gaps_or_repeats()
    {
        var ids = await SetUpAsync(7);
        var watch = await Store.Watches.AddAsync("u1", "w", WatchKind.Search, "{}", Created);
        for (var i = 0; i < ids.Count; i++)
        {
            // Two documents per finding time, so the cursor's tie-break on the id is exercised.
            await Store.Watches.SaveEvaluationAsync("watch", 1, [ids[i]], [new(watch.Id, ids[i])], [watch.Id], Created.AddMinutes(i / 2).AddTicks(i % 2 * 7));
        }

        var seen = new List<WatchedDocument>();
        string? cursor = null;
        do
        {
            var page = await Store.Watches.ListMatchesAsync(watch.Id, Created, cursor, 3);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(ids.Order(StringComparer.Ordinal), seen.Select(s => s.Id).Order(StringComparer.Ordinal));
        Assert.Equal(seen.OrderByDescending(s => s.FoundAtUtc).ThenByDescending(s => s.Id, StringComparer.Ordinal).Select(s => s.Id), seen.Select(s => s.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.Watches.ListMatchesAsync(watch.Id, Created, "AAAA", 3));
    }

    [Fact]
    public async Task A_search_within_documents_finds_only_those_and_counts_only_those()
    {
        var ids = await SetUpAsync(6);
        var within = new[] { ids[0], ids[1], ids[2] };

        var page = await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = "rose", WithinDocuments = within });

        Assert.Equal([ids[0], ids[2]], page.Items.Select(i => i.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, await Store.CountDocumentsAsync(new DocumentSearchQuery { Text = "rose", WithinDocuments = within }));
        Assert.Empty((await Store.SearchDocumentsAsync(new DocumentSearchQuery { WithinDocuments = [] })).Items);
    }
}
