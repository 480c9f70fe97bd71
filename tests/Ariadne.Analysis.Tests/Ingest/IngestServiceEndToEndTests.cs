using Ariadne.Analysis.Ingest;
using Ariadne.Store;
using Ariadne.Store.Blobs;

namespace Ariadne.Analysis.Tests.Ingest;

/// <summary>
/// Ingest against the real SQLite store. Assumes <c>AriadneStore.OpenAsync(StoreLocation.Parse("sqlite:" + path))</c>,
/// <c>CreateIngestSink()</c>, <c>CountDocumentsAsync()</c> and <c>ListQuarantineAsync(runId, limit)</c>.
/// </summary>
public sealed class IngestServiceEndToEndTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Ingesting_twice_adds_nothing_the_second_time_and_quarantines_bad_lines_once()
    {
        var file = _folder.Write("in/ads.jsonl", IngestCorpus.Jsonl(1000, new HashSet<int> { 10, 500, 999 }));
        await using var store = await AriadneStore.OpenAsync(StoreLocation.Parse("sqlite:" + _folder.File("db/ariadne.db")));
        var blobs = new FileSystemBlobStore(_folder.File("blobs"));

        var first = await new IngestService().IngestAsync([file], new IngestOptions { BatchSize = 250 }, store.CreateIngestSink(), blobs, null, CancellationToken.None);
        var second = await new IngestService().IngestAsync([file], new IngestOptions { BatchSize = 250 }, store.CreateIngestSink(), blobs, null, CancellationToken.None);

        Assert.Equal(997, first.DocumentsAdded);
        Assert.Equal(3, first.Quarantined);
        Assert.Equal(0, second.DocumentsAdded);
        Assert.Equal(1, second.FilesAlreadyIngested);
        Assert.Equal(997, await store.CountDocumentsAsync());
        var quarantine = await store.ListQuarantineAsync(limit: 100);
        Assert.Equal([10L, 500L, 999L], quarantine.Select(q => q.Line));
        Assert.All(quarantine, q => Assert.StartsWith("invalid JSON", q.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_copy_of_a_file_elsewhere_adds_only_duplicates()
    {
        var content = IngestCorpus.Jsonl(300);
        var a = _folder.Write("in/a.jsonl", content);
        var b = _folder.Write("in/copy/b.jsonl", content);
        await using var store = await AriadneStore.OpenAsync(StoreLocation.Parse("sqlite:" + _folder.File("db/ariadne.db")));

        var summary = await new IngestService().IngestAsync([a, b], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(_folder.File("blobs")), null, CancellationToken.None);

        Assert.Equal(300, summary.DocumentsAdded);
        Assert.Equal(300, summary.Duplicates);
    }

    [Fact]
    public async Task Resume_after_a_crash_gives_the_same_store_as_one_clean_run()
    {
        var photo = "pretend jpeg"u8.ToArray();
        _folder.Write("in/p.jpg", photo);
        var file = _folder.Write("in/ads.jsonl", IngestCorpus.Jsonl(1000, new HashSet<int> { 10, 500, 999 }, image: "p.jpg"));
        await using var store = await AriadneStore.OpenAsync(StoreLocation.Parse("sqlite:" + _folder.File("db/ariadne.db")));
        var blobs = new FileSystemBlobStore(_folder.File("blobs"));
        var options = new IngestOptions { BatchSize = 100 };

        var crashing = new CrashingSink(store.CreateIngestSink(), commitsBeforeCrash: 3);
        await Assert.ThrowsAsync<IOException>(() => new IngestService().IngestAsync([file], options, crashing, blobs, null, CancellationToken.None));
        Assert.Equal(299, await store.CountDocumentsAsync()); // line 10 of the first 300 is broken

        var resumed = await new IngestService().IngestAsync([file], options, store.CreateIngestSink(), blobs, null, CancellationToken.None);

        Assert.Equal(1, resumed.FilesResumed);
        Assert.Equal(700, resumed.RecordsRead);
        Assert.Equal(698, resumed.DocumentsAdded);
        Assert.Equal(997, await store.CountDocumentsAsync());
        var quarantine = await store.ListQuarantineAsync(limit: 100);
        Assert.Equal([10L, 500L, 999L], quarantine.Select(q => q.Line).Order());
        var sample = await store.GetDocumentAsync(DocumentIdOfLine(file, 2));
        Assert.NotNull(sample);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(photo)), sample.Images[0].Sha256);
    }

    public void Dispose() => _folder.Dispose();

    private static string DocumentIdOfLine(string file, int line)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(File.ReadLines(file).Skip(line - 1).First());
        return Core.Documents.DocumentIds.FromContentHash(Core.Documents.DocumentIds.Sha256Hex(bytes));
    }

    private sealed class CrashingSink(Store.Ingest.IIngestSink inner, int commitsBeforeCrash) : Store.Ingest.IIngestSink
    {
        private int _commits;

        public Task StartRunAsync(Core.Ingest.IngestRun run, CancellationToken cancellationToken) => inner.StartRunAsync(run, cancellationToken);

        public Task FinishRunAsync(Core.Ingest.IngestRun run, CancellationToken cancellationToken) => inner.FinishRunAsync(run, cancellationToken);

        public Task<Core.Ingest.IngestFileCheckpoint?> GetCheckpointAsync(string fileKey, CancellationToken cancellationToken) => inner.GetCheckpointAsync(fileKey, cancellationToken);

        public Task<Store.Ingest.BatchCommitResult> CommitBatchAsync(Store.Ingest.IngestBatch batch, CancellationToken cancellationToken)
        {
            if (_commits++ >= commitsBeforeCrash)
            {
                throw new IOException("simulated crash");
            }

            return inner.CommitBatchAsync(batch, cancellationToken);
        }
    }
}
