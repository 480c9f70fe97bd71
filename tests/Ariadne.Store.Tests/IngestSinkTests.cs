using Ariadne.Core.Ingest;
using Ariadne.Store.Ingest;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Tests;

/// <summary>The ingest contract, run against each engine by the concrete subclasses.</summary>
public abstract class IngestSinkTests : StoreTestBase
{
    [Fact]
    public async Task Migrations_apply_on_an_empty_store()
    {
        await using var context = Store.CreateDbContext();
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await Store.CountDocumentsAsync());
        Assert.Empty(await Store.ListIngestRunsAsync(10));
        Assert.Empty(await Store.ListQuarantineAsync(null, 10));
    }

    [Fact]
    public async Task A_store_made_before_the_migrations_were_squashed_is_refused_with_what_to_do()
    {
        await using (var context = Store.CreateDbContext())
        {
            // The history such a store holds: ids of the old chain, none of the squashed one.
            await context.Database.ExecuteSqlRawAsync(
                "DELETE FROM \"__EFMigrationsHistory\"; " +
                "INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('20261123181505_InitialCreate', '10.0.0');");
        }

        var ex = await Assert.ThrowsAsync<StoreUnavailableException>(() => AriadneStore.OpenAsync(Store.Location));

        Assert.Contains("ingest the source files again", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Committing_the_same_batch_twice_adds_nothing_the_second_time()
    {
        var sink = Store.CreateIngestSink();
        var batch = NewBatch("run-1");
        for (var i = 0; i < 10; i++)
        {
            batch.Documents.Add(TestDocuments.Make($"ad number {i}", images: 2));
        }

        var first = await sink.CommitBatchAsync(batch, default);
        var second = await sink.CommitBatchAsync(batch, default);

        Assert.Equal(new BatchCommitResult(10, 0, 0), first);
        Assert.Equal(new BatchCommitResult(0, 10, 0), second);
        Assert.Equal(10, await Store.CountDocumentsAsync());
        await using var context = Store.CreateDbContext();
        Assert.Equal(20, await context.DocumentImages.CountAsync());
    }

    [Fact]
    public async Task Duplicates_inside_one_batch_are_stored_once_and_counted()
    {
        var sink = Store.CreateIngestSink();
        var a = TestDocuments.Make("same ad", images: 2);
        var aAgain = TestDocuments.Make("same ad", images: 2);
        var b = TestDocuments.Make("other ad");
        var batch = NewBatch("run-1");
        batch.Documents.AddRange([a, aAgain, b, a]);

        var result = await sink.CommitBatchAsync(batch, default);

        Assert.Equal(new BatchCommitResult(2, 2, 0), result);
        Assert.Equal(2, await Store.CountDocumentsAsync());
        var stored = await Store.GetDocumentAsync(a.Id);
        Assert.NotNull(stored);
        Assert.Equal(2, stored.Images.Count);
    }

    [Fact]
    public async Task Checkpoint_is_written_with_its_batch_and_not_without_it()
    {
        var sink = Store.CreateIngestSink();
        Assert.Null(await sink.GetCheckpointAsync("file-1", default));

        var batch = NewBatch("run-1");
        batch.Documents.Add(TestDocuments.Make("first"));
        batch.Checkpoint = Checkpoint(byteOffset: 100, line: 1);
        await sink.CommitBatchAsync(batch, default);

        // A batch that fails half way (a document violating NOT NULL after a good one) must leave nothing behind:
        // neither its good document nor its checkpoint.
        var failing = NewBatch("run-1");
        failing.Documents.Add(TestDocuments.Make("second, good"));
        var bad = TestDocuments.Make("third, bad");
        failing.Documents.Add(new Core.Documents.Document
        {
            Id = bad.Id,
            ContentSha256 = bad.ContentSha256,
            Body = null!,
            RawFormat = "jsonl",
            RawPayload = bad.RawPayload,
        });
        failing.Checkpoint = Checkpoint(byteOffset: 300, line: 3);
        await Assert.ThrowsAnyAsync<Exception>(() => sink.CommitBatchAsync(failing, default));

        var afterFailure = await sink.GetCheckpointAsync("file-1", default);
        Assert.NotNull(afterFailure);
        Assert.Equal(100, afterFailure.ByteOffset);
        Assert.Equal(1, afterFailure.Line);
        Assert.False(afterFailure.Completed);
        Assert.Equal(1, await Store.CountDocumentsAsync());

        // The sink is still usable after a failed batch, and the checkpoint moves on with the next good one.
        var next = NewBatch("run-1");
        next.Documents.Add(TestDocuments.Make("second, good"));
        next.Checkpoint = Checkpoint(byteOffset: 200, line: 2, completed: true);
        Assert.Equal(new BatchCommitResult(1, 0, 0), await sink.CommitBatchAsync(next, default));
        var last = await sink.GetCheckpointAsync("file-1", default);
        Assert.Equal(200, last!.ByteOffset);
        Assert.Equal(2, last.Line);
        Assert.True(last.Completed);
        Assert.Equal("/data/ads.jsonl", last.Path);
        Assert.Equal(TestDocuments.Noon, last.UpdatedAtUtc);
    }

    [Fact]
    public async Task Quarantined_records_are_listed_with_file_line_and_reason()
    {
        var sink = Store.CreateIngestSink();
        var batch = NewBatch("run-1");
        batch.Quarantined.Add(Quarantine("run-1", 3, "line 3: 'text' is missing", [0x7B, 0x7D]));
        batch.Quarantined.Add(Quarantine("run-1", 9, "line 9: not valid JSON", [0xFF, 0x00, 0x41]));
        var other = NewBatch("run-2");
        other.Quarantined.Add(Quarantine("run-2", 1, "line 1: empty", []));

        Assert.Equal(new BatchCommitResult(0, 0, 2), await sink.CommitBatchAsync(batch, default));
        await sink.CommitBatchAsync(other, default);

        var listed = await Store.ListQuarantineAsync("run-1", 10);
        Assert.Equal(2, listed.Count);
        Assert.Equal(["/data/ads.jsonl", "/data/ads.jsonl"], listed.Select(q => q.File));
        Assert.Equal([3L, 9L], listed.Select(q => q.Line));
        Assert.Equal("line 9: not valid JSON", listed[1].Reason);
        Assert.Equal(new byte[] { 0xFF, 0x00, 0x41 }, listed[1].Raw);
        Assert.Equal(3, (await Store.ListQuarantineAsync(null, 10)).Count);
        Assert.Single(await Store.ListQuarantineAsync(null, 1));
    }

    [Fact]
    public async Task Runs_are_recorded_at_start_and_updated_at_finish()
    {
        var sink = Store.CreateIngestSink();
        var run = new IngestRun { Id = "run-1", StartedAtUtc = TestDocuments.Noon, Paths = "a.jsonl\nb.jsonl" };
        await sink.StartRunAsync(run, default);
        Assert.Equal("running", Assert.Single(await Store.ListIngestRunsAsync(10)).Status);

        run.FinishedAtUtc = TestDocuments.Noon.AddMinutes(5);
        run.RecordsRead = 12;
        run.DocumentsAdded = 9;
        run.Duplicates = 2;
        run.Quarantined = 1;
        run.Status = "completed";
        await sink.FinishRunAsync(run, default);

        var stored = Assert.Single(await Store.ListIngestRunsAsync(10));
        Assert.Equal("completed", stored.Status);
        Assert.Equal((12L, 9L, 2L, 1L), (stored.RecordsRead, stored.DocumentsAdded, stored.Duplicates, stored.Quarantined));
        Assert.Equal(TestDocuments.Noon.AddMinutes(5), stored.FinishedAtUtc);
        Assert.Equal("a.jsonl\nb.jsonl", stored.Paths);
    }

    private static IngestBatch NewBatch(string runId) => new() { RunId = runId };

    private static IngestFileCheckpoint Checkpoint(long byteOffset, long line, bool completed = false) => new()
    {
        FileKey = "file-1",
        Path = "/data/ads.jsonl",
        ByteOffset = byteOffset,
        Line = line,
        Completed = completed,
        UpdatedAtUtc = TestDocuments.Noon,
    };

    private static QuarantineRecord Quarantine(string runId, long line, string reason, byte[] raw) => new()
    {
        RunId = runId,
        File = "/data/ads.jsonl",
        Line = line,
        Reason = reason,
        Raw = raw,
        QuarantinedAtUtc = TestDocuments.Noon,
    };
}
