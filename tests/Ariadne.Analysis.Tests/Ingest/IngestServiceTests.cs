using System.Diagnostics;

using Ariadne.Analysis.Ingest;
using Ariadne.Store.Blobs;

namespace Ariadne.Analysis.Tests.Ingest;

public sealed class IngestServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Walks_folders_in_order_skips_unsupported_files_and_stores_images()
    {
        var photo = "pretend jpeg bytes"u8.ToArray();
        _folder.Write("in/img/shared.jpg", photo);
        _folder.Write("in/b/ads.jsonl", IngestCorpus.Jsonl(30, image: "../img/shared.jpg"));
        _folder.Write("in/a/ads.csv", "id,text,images\nc1,hello +1 555-0150,../img/shared.jpg;../img/missing.jpg;../../secret.jpg\n");
        _folder.Write("in/readme.txt", "not data");
        _folder.Write("secret.jpg", "outside"u8.ToArray());
        var sink = new MemoryIngestSink();
        var blobs = new FileSystemBlobStore(_folder.File("blobs"));
        var reports = new List<IngestProgress>();

        var summary = await new IngestService().IngestAsync([_folder.File("in")], new IngestOptions { BatchSize = 7 }, sink, blobs, new SyncProgress(reports), CancellationToken.None);

        Assert.Equal(2, summary.FilesRead);
        Assert.Equal(2, summary.FilesSkipped);
        Assert.Contains(summary.SkippedFiles, s => s.Path.EndsWith("readme.txt", StringComparison.Ordinal) && s.Reason.Contains(".txt", StringComparison.Ordinal));
        Assert.Equal(31, summary.RecordsRead);
        Assert.Equal(31, summary.DocumentsAdded);
        Assert.Equal(1, summary.ImagesStored);

        var csvDoc = sink.Documents.Values.Single(d => d.ExternalId == "c1");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(photo));
        Assert.Equal(sha, csvDoc.Images[0].Sha256);
        Assert.True(blobs.Exists(sha));
        Assert.StartsWith("file not found", csvDoc.Images[1].MissingReason, StringComparison.Ordinal);
        Assert.Contains("outside the folders", csvDoc.Images[2].MissingReason, StringComparison.Ordinal);
        var jsonDoc = sink.Documents.Values.First(d => d.RawFormat == "jsonl");
        Assert.Equal(sha, jsonDoc.Images[0].Sha256);
        Assert.Equal("remote URL; not downloaded", jsonDoc.Images[1].MissingReason);

        // The CSV folder sorts before the JSONL one, so its checkpoint is committed first.
        Assert.Equal(2, sink.Checkpoints.Count);
        Assert.All(sink.Checkpoints.Values, c => Assert.True(c.Completed));
        Assert.Equal(reports.Max(r => r.BytesTotal), reports[^1].BytesDone);
        Assert.Equal("completed", sink.Runs.Single().Status);
    }

    [Fact]
    public async Task A_missing_path_is_an_error_that_names_it()
    {
        var missing = _folder.File("nope/ads.jsonl");
        var ex = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            new IngestService().IngestAsync([missing], new IngestOptions(), new MemoryIngestSink(), new FileSystemBlobStore(_folder.File("blobs")), null, CancellationToken.None));

        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Resume_after_a_crash_adds_each_record_once(bool pipelined)
    {
        var file = _folder.Write("ads.jsonl", IngestCorpus.Jsonl(1000, new HashSet<int> { 10, 500, 999 }));
        var options = new IngestOptions { BatchSize = 100, Pipelined = pipelined };
        var sink = new MemoryIngestSink { FailAfterCommits = 4 };
        var blobs = new FileSystemBlobStore(_folder.File("blobs"));

        await Assert.ThrowsAsync<IOException>(() => new IngestService().IngestAsync([file], options, sink, blobs, null, CancellationToken.None));
        Assert.Equal(400, sink.Documents.Count + sink.Quarantine.Count);
        Assert.Equal("failed", sink.Runs[0].Status);

        sink.FailAfterCommits = null;
        var resumed = await new IngestService().IngestAsync([file], options, sink, blobs, null, CancellationToken.None);

        Assert.Equal(1, resumed.FilesResumed);
        Assert.Equal(600, resumed.RecordsRead);
        Assert.Equal(997, sink.Documents.Count);
        Assert.Equal([10L, 500L, 999L], sink.Quarantine.Select(q => q.Line));

        var again = await new IngestService().IngestAsync([file], options, sink, blobs, null, CancellationToken.None);
        Assert.Equal(1, again.FilesAlreadyIngested);
        Assert.Equal(0, again.RecordsRead);
    }

    [Fact]
    public async Task Repeated_records_in_one_batch_count_as_duplicates()
    {
        var line = "{\"id\":\"same\",\"text\":\"repeated ad\"}\n";
        var file = _folder.Write("dupes.ndjson", line + line + line);
        var sink = new MemoryIngestSink();

        var summary = await new IngestService().IngestAsync([file], new IngestOptions(), sink, new FileSystemBlobStore(_folder.File("blobs")), null, CancellationToken.None);

        Assert.Equal(1, summary.DocumentsAdded);
        Assert.Equal(2, summary.Duplicates);
    }

    [Fact(Skip = "Throwaway measurement: run by hand; prints timings, asserts nothing about time.")]
    public async Task Measure_pipelining_with_a_slow_sink()
    {
        var file = _folder.Write("big.jsonl", IngestCorpus.Jsonl(100_000));
        foreach (var pipelined in new[] { false, true })
        {
            var sink = new SlowSink(TimeSpan.FromMilliseconds(20));
            var watch = Stopwatch.StartNew();
            await new IngestService().IngestAsync([file], new IngestOptions { Pipelined = pipelined }, sink, new FileSystemBlobStore(_folder.File("blobs")), null, CancellationToken.None);
            Console.WriteLine($"pipelined={pipelined}: {watch.ElapsedMilliseconds} ms");
        }
    }

    public void Dispose() => _folder.Dispose();

    private sealed class SyncProgress(List<IngestProgress> reports) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => reports.Add(value);
    }

    private sealed class SlowSink(TimeSpan delay) : Store.Ingest.IIngestSink
    {
        private readonly MemoryIngestSink _inner = new();

        public Task StartRunAsync(Core.Ingest.IngestRun run, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task FinishRunAsync(Core.Ingest.IngestRun run, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<Core.Ingest.IngestFileCheckpoint?> GetCheckpointAsync(string fileKey, CancellationToken cancellationToken) => _inner.GetCheckpointAsync(fileKey, cancellationToken);

        public async Task<Store.Ingest.BatchCommitResult> CommitBatchAsync(Store.Ingest.IngestBatch batch, CancellationToken cancellationToken)
        {
            Thread.Sleep(delay);
            return await _inner.CommitBatchAsync(batch, cancellationToken);
        }
    }
}
