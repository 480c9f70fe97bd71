using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

using Ariadne.Core.Ingest;
using Ariadne.Store.Blobs;
using Ariadne.Store.Ingest;

namespace Ariadne.Analysis.Ingest;

/// <summary>
/// Reads input files into the store: picks a reader per file, commits batches of documents and rejections with the
/// file checkpoint in one transaction, resumes interrupted files, and stores referenced images as blobs. Parsing the
/// next batch overlaps with committing the previous one.
/// </summary>
public sealed class IngestService
{
    private readonly TimeProvider _time;

    public IngestService(TimeProvider? timeProvider = null)
    {
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder; the message names it.</exception>
    public async Task<IngestSummary> IngestAsync(
        IReadOnlyList<string> paths,
        IngestOptions options,
        IIngestSink sink,
        IBlobStore blobs,
        IProgress<IngestProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(blobs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        if (paths.Count == 0)
        {
            throw new ArgumentException("Give at least one file or folder to ingest.", nameof(paths));
        }

        var stopwatch = Stopwatch.StartNew();
        var (files, skipped, roots) = ExpandPaths(paths, options);
        var plans = new List<IngestFilePlan>(files.Count);
        foreach (var file in files)
        {
            var key = FileKeys.Compute(file);
            var checkpoint = await sink.GetCheckpointAsync(key, cancellationToken);
            plans.Add(new IngestFilePlan(file, new FileInfo(file).Length, key, RecordReaders.ForPath(file, options)!, checkpoint));
        }

        var run = new IngestRun
        {
            Id = "run-" + Guid.CreateVersion7().ToString("N"),
            StartedAtUtc = _time.GetUtcNow(),
            Paths = string.Join('\n', paths),
        };
        await sink.StartRunAsync(run, cancellationToken);

        var parsing = new ParseCounts();
        var committed = new CommitCounts();
        var images = new ImageResolver(blobs, options, roots);
        var totalBytes = plans.Sum(p => p.Length);
        try
        {
            var batches = ParseAsync(plans, run.Id, options, images, parsing, skipped, cancellationToken);
            if (options.Pipelined)
            {
                await CommitPipelinedAsync(batches, sink, committed, totalBytes, progress, Math.Max(1, options.PipelineDepth), cancellationToken);
            }
            else
            {
                await foreach (var batch in batches)
                {
                    await CommitAsync(batch, sink, committed, totalBytes, progress, cancellationToken);
                }
            }
        }
        catch
        {
            run.Status = "failed";
            run.FinishedAtUtc = _time.GetUtcNow();
            Fill(run, parsing, committed);
            await sink.FinishRunAsync(run, CancellationToken.None);
            throw;
        }

        run.Status = "completed";
        run.FinishedAtUtc = _time.GetUtcNow();
        Fill(run, parsing, committed);
        await sink.FinishRunAsync(run, cancellationToken);
        progress?.Report(new IngestProgress(totalBytes, totalBytes, parsing.Records, null));

        return new IngestSummary
        {
            RunId = run.Id,
            FilesRead = parsing.FilesRead,
            FilesSkipped = skipped.Count,
            FilesAlreadyIngested = parsing.FilesAlreadyIngested,
            FilesResumed = parsing.FilesResumed,
            RecordsRead = parsing.Records,
            DocumentsAdded = committed.Inserted,
            Duplicates = committed.Duplicates + parsing.RepeatedInBatch,
            Quarantined = committed.Quarantined,
            ImagesStored = images.Stored,
            ImagesMissing = images.Missing,
            Elapsed = stopwatch.Elapsed,
            SkippedFiles = skipped,
        };
    }

    private static void Fill(IngestRun run, ParseCounts parsing, CommitCounts committed)
    {
        run.RecordsRead = parsing.Records;
        run.DocumentsAdded = committed.Inserted;
        run.Duplicates = committed.Duplicates + parsing.RepeatedInBatch;
        run.Quarantined = committed.Quarantined;
    }

    private static (List<string> Files, List<SkippedFile> Skipped, List<string> Roots) ExpandPaths(IReadOnlyList<string> paths, IngestOptions options)
    {
        var files = new List<string>();
        var skipped = new List<SkippedFile>();
        var roots = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in paths)
        {
            var full = Path.GetFullPath(given);
            IEnumerable<string> candidates;
            if (File.Exists(full))
            {
                candidates = [full];
                roots.Add(Path.GetDirectoryName(full)!);
            }
            else if (Directory.Exists(full))
            {
                // Ordinal order, so two runs over the same folder read files in the same order on every machine.
                var found = Directory.GetFiles(full, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 });
                Array.Sort(found, StringComparer.Ordinal);
                candidates = found;
                roots.Add(full);
            }
            else
            {
                throw new FileNotFoundException($"Input path '{given}' does not exist (neither a file nor a folder).", given);
            }

            foreach (var file in candidates)
            {
                if (!seen.Add(file))
                {
                    continue;
                }

                if (RecordReaders.ForPath(file, options) is null)
                {
                    var extension = Path.GetExtension(file);
                    skipped.Add(new SkippedFile(file, extension.Length == 0
                        ? "no file extension; ingest reads .jsonl, .ndjson, .csv, .tsv, .html and .htm"
                        : $"unsupported extension '{extension}'; ingest reads .jsonl, .ndjson, .csv, .tsv, .html and .htm"));
                }
                else
                {
                    files.Add(file);
                }
            }
        }

        return (files, skipped, roots);
    }

    private static async Task CommitPipelinedAsync(
        IAsyncEnumerable<ParsedBatch> batches,
        IIngestSink sink,
        CommitCounts committed,
        long totalBytes,
        IProgress<IngestProgress>? progress,
        int depth,
        CancellationToken cancellationToken)
    {
        // A small bounded channel: parsing runs at most `depth` batches ahead, so memory stays bounded while the
        // store commits.
        var channel = Channel.CreateBounded<ParsedBatch>(new BoundedChannelOptions(depth) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var batch in batches.WithCancellation(stop.Token))
                    {
                        await channel.Writer.WriteAsync(batch, stop.Token);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception ex)
                {
                    channel.Writer.Complete(ex);
                }
            },
            CancellationToken.None);

        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                await CommitAsync(batch, sink, committed, totalBytes, progress, cancellationToken);
            }
        }
        finally
        {
            // On a failed commit, stop the parser and wait for it, so nothing touches the files after we return.
            await stop.CancelAsync();
            await producer;
        }
    }

    private static async Task CommitAsync(ParsedBatch parsed, IIngestSink sink, CommitCounts committed, long totalBytes, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var result = await sink.CommitBatchAsync(parsed.Batch, cancellationToken);
        committed.Inserted += result.Inserted;
        committed.Duplicates += result.Duplicates;
        committed.Quarantined += result.Quarantined;
        committed.Records += parsed.Records;
        progress?.Report(new IngestProgress(parsed.BytesDone, totalBytes, committed.Records, parsed.CurrentFile));
    }

    private async IAsyncEnumerable<ParsedBatch> ParseAsync(
        List<IngestFilePlan> plans,
        string runId,
        IngestOptions options,
        ImageResolver images,
        ParseCounts counts,
        List<SkippedFile> skipped,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long bytesBefore = 0;
        foreach (var plan in plans)
        {
            var fileStart = bytesBefore;
            bytesBefore += plan.Length;
            if (plan.Checkpoint is { Completed: true })
            {
                counts.FilesAlreadyIngested++;
                continue;
            }

            var stream = TryOpen(plan.Path, out var openError);
            if (stream is null)
            {
                skipped.Add(new SkippedFile(plan.Path, openError!));
                continue;
            }

            await using var _ = stream;
            counts.FilesRead++;
            var startOffset = plan.Checkpoint?.ByteOffset ?? 0;
            var startLine = plan.Checkpoint?.Line ?? 0;
            if (startOffset > 0)
            {
                counts.FilesResumed++;
            }

            var context = new RecordReadContext { OriginFile = plan.Path, StartOffset = startOffset, StartLine = startLine, IngestedAtUtc = _time.GetUtcNow() };
            var folder = Path.GetDirectoryName(plan.Path)!;
            var batch = new IngestBatch { RunId = runId };
            var inBatch = new HashSet<string>(StringComparer.Ordinal);
            long records = 0;
            long repeated = 0;
            var offset = startOffset;
            var line = startLine;
            foreach (var record in plan.Reader.Read(stream, context, cancellationToken))
            {
                records++;
                offset = record.EndOffset;
                line = record.EndLine;
                if (record.Document is { } document)
                {
                    // The store skips known hashes, but two equal records in one transaction would collide.
                    if (inBatch.Add(document.ContentSha256))
                    {
                        await images.ResolveAsync(document, folder, cancellationToken);
                        batch.Documents.Add(document);
                    }
                    else
                    {
                        repeated++;
                    }
                }
                else
                {
                    var rejection = record.Rejection!;
                    batch.Quarantined.Add(new QuarantineRecord
                    {
                        RunId = runId,
                        File = plan.Path,
                        Line = rejection.Line,
                        Reason = rejection.Reason,
                        Raw = rejection.Raw,
                        QuarantinedAtUtc = context.IngestedAtUtc,
                    });
                }

                if (records == options.BatchSize)
                {
                    batch.Checkpoint = Checkpoint(plan, offset, line, completed: false);
                    counts.Records += records;
                    counts.RepeatedInBatch += repeated;
                    yield return new ParsedBatch(batch, records, repeated, fileStart + offset, plan.Path);
                    batch = new IngestBatch { RunId = runId };
                    inBatch.Clear();
                    records = 0;
                    repeated = 0;
                }
            }

            // The last batch of a file marks it completed, even when it carries no records.
            batch.Checkpoint = Checkpoint(plan, plan.Length, line, completed: true);
            counts.Records += records;
            counts.RepeatedInBatch += repeated;
            yield return new ParsedBatch(batch, records, repeated, fileStart + plan.Length, plan.Path);
        }
    }

    private IngestFileCheckpoint Checkpoint(IngestFilePlan plan, long offset, long line, bool completed) => new()
    {
        FileKey = plan.FileKey,
        Path = plan.Path,
        ByteOffset = offset,
        Line = line,
        Completed = completed,
        UpdatedAtUtc = _time.GetUtcNow(),
    };

    private static FileStream? TryOpen(string path, out string? error)
    {
        try
        {
            error = null;
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error = $"could not be opened: {ex.Message}";
            return null;
        }
    }

    private sealed class ParseCounts
    {
        public int FilesRead { get; set; }

        public int FilesAlreadyIngested { get; set; }

        public int FilesResumed { get; set; }

        public long Records { get; set; }

        public long RepeatedInBatch { get; set; }
    }

    private sealed class CommitCounts
    {
        public long Inserted { get; set; }

        public long Duplicates { get; set; }

        public long Quarantined { get; set; }

        public long Records { get; set; }
    }
}
