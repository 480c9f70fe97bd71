using Ariadne.Core.Documents;
using Ariadne.Store.Ingest;
using Ariadne.Store.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Tests;

public sealed class SqliteIngestSinkTests : IngestSinkTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;

    [Fact]
    public async Task Large_batches_keep_the_full_text_index_in_step_with_documents_and_images()
    {
        // More rows than one multi-row statement holds (500), with a partial last statement, duplicates inside the
        // batch (also across statement boundaries) and documents stored by an earlier batch.
        var sink = Store.CreateIngestSink();
        var earlier = NewBatch();
        earlier.Documents.Add(TestDocuments.Make("ad number 3 with token t3x", title: "title 3", images: 1));
        Assert.Equal(new BatchCommitResult(1, 0, 0), await sink.CommitBatchAsync(earlier, default));

        var batch = NewBatch();
        for (var i = 0; i < 1234; i++)
        {
            batch.Documents.Add(TestDocuments.Make($"ad number {i} with token t{i}x", title: $"title {i}", images: i % 3));
        }

        batch.Documents.Add(TestDocuments.Make("ad number 7 with token t7x", title: "title 7", images: 1));
        batch.Documents.Add(TestDocuments.Make("ad number 1200 with token t1200x", title: "title 1200", images: 0));
        var result = await sink.CommitBatchAsync(batch, default);

        Assert.Equal(new BatchCommitResult(1233, 3, 0), result);
        Assert.Equal(1234, await Store.CountDocumentsAsync());
        foreach (var i in new[] { 0, 3, 499, 500, 999, 1000, 1233 })
        {
            var page = await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = $"t{i}x" });
            Assert.Single(page.Items);
        }

        // Images come from the copy that was stored: document 3 keeps its one image from the earlier batch, and
        // document 7 keeps the image of its first copy (7 % 3 = 1) rather than gaining any from the second.
        await using var context = Store.CreateDbContext();
        var expectedImages = 1 + Enumerable.Range(0, 1234).Where(i => i != 3).Sum(i => i % 3);
        Assert.Equal(expectedImages, await context.DocumentImages.CountAsync());

        // FTS5's own check that its index matches the content table, row by row.
        await using var connection = new SqliteConnection($"Data Source={Store.Location.Value}");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "INSERT INTO documents_fts(documents_fts, rank) VALUES('integrity-check', 1)";
        await check.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Empty_strings_are_stored_as_empty_strings_not_null()
    {
        var sink = Store.CreateIngestSink();
        var template = TestDocuments.Make("an ad with empty optional fields");
        var document = new Document
        {
            Id = template.Id,
            ContentSha256 = template.ContentSha256,
            ExternalId = string.Empty,
            Source = string.Empty,
            Body = template.Body,
            RawFormat = "jsonl",
            RawPayload = template.RawPayload,
        };
        var batch = NewBatch();
        batch.Documents.Add(document);
        await sink.CommitBatchAsync(batch, default);

        var stored = await Store.GetDocumentAsync(document.Id);
        Assert.NotNull(stored);
        Assert.Equal(string.Empty, stored.ExternalId);
        Assert.Equal(string.Empty, stored.Source);
        Assert.Null(stored.Title);
    }

    [Fact]
    public async Task A_reopened_store_is_recognised_as_up_to_date_and_keeps_working()
    {
        var sink = Store.CreateIngestSink();
        var batch = NewBatch();
        batch.Documents.Add(TestDocuments.Make("before reopening"));
        await sink.CommitBatchAsync(batch, default);
        var location = Store.Location;
        await Store.DisposeAsync();

        // The second open takes the quick path (every known migration is in the history) and must still give a
        // fully working store.
        await using var reopened = await AriadneStore.OpenAsync(location);
        await using (var context = reopened.CreateDbContext())
        {
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }

        var again = NewBatch();
        again.Documents.Add(TestDocuments.Make("after reopening"));
        Assert.Equal(new BatchCommitResult(1, 0, 0), await reopened.CreateIngestSink().CommitBatchAsync(again, default));
        Assert.Equal(2, await reopened.CountDocumentsAsync());
    }

    private static IngestBatch NewBatch() => new() { RunId = "run-1" };
}
