using System.Collections.Concurrent;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.PhotoIndex;
using Ariadne.Analysis.Stages;
using Ariadne.Core.Ingest;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ariadne.Web.Import;

/// <summary>
/// Runs uploads through the same <see cref="IngestService"/> and <see cref="AnalyzeService"/> (all its stages, scoring
/// with <see cref="WebHostOptions.Scorer"/>) as the CLI, one at a
/// time (ingest is I/O- and CPU-heavy and the store takes one writer best), in the background so the browser
/// can follow progress. Each job's state is written to the store at every change (started, ingested, done, failed),
/// so the import page lists past imports after a restart; live byte progress is kept in memory only.
/// </summary>
public sealed class ImportQueue(AriadneStore store, WebHostOptions options, IHostApplicationLifetime lifetime, TimeProvider clock, ILogger<ImportQueue> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public void Dispose() => _oneAtATime.Dispose();

    /// <summary>A job started by this process (with live progress), or null: then ask the store.</summary>
    public ImportJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>
    /// Takes ownership of <paramref name="uploadedFile"/> (inside <paramref name="workFolder"/>), records the job in
    /// the store and starts the import.
    /// </summary>
    public async Task<ImportJob> StartAsync(string uploadedFile, string workFolder, string fileName, string uploadedBy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var job = new ImportJob(new ImportJobRecord
        {
            Id = Guid.CreateVersion7().ToString("N"),
            FileName = fileName.Length <= 260 ? fileName : fileName[..260],
            UploadedBy = uploadedBy,
            StartedAtUtc = now,
            UpdatedAtUtc = now,
        });
        await store.ImportJobs.SaveAsync(job.Record, cancellationToken);
        _jobs[job.Record.Id] = job;
        // Not the request's token: the job outlives the upload request; it stops with the server.
        _ = Task.Run(() => RunAsync(job, uploadedFile, workFolder, lifetime.ApplicationStopping), CancellationToken.None);
        return job;
    }

    private void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not delete the upload folder {Folder}", folder);
        }
    }

    private async Task RunAsync(ImportJob job, string uploadedFile, string workFolder, CancellationToken ct)
    {
        var record = job.Record;
        try
        {
            await _oneAtATime.WaitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // The server is stopping before the job began; the next start marks it interrupted.
            TryDelete(workFolder);
            return;
        }

        try
        {
            var blobRoot = options.BlobRoot ?? Path.Combine(workFolder, "blobs");
            var input = UploadUnpacker.Prepare(uploadedFile, workFolder);
            var progress = new Progress<IngestProgress>(p => job.Progress = p);
            var summary = await new IngestService().IngestAsync([input], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(blobRoot), progress, ct);
            await RecordIngestAsync(record, summary, ct);
            // Every stage `ariadne analyze` runs (extract, hash, link, score, and any added later), with the server's
            // risk model, so imported ads are scored and reach the review queue without a run on the server.
            var analyzeOptions = new AnalyzeOptions { BlobRoot = blobRoot, PhotoIndexPath = PhotoIndexLocation.ForBlobRoot(blobRoot), Scorer = options.Scorer };
            job.Stages = [.. AnalyzeService.Stages.Where(s => s.IsEnabled(analyzeOptions)).Select(s => s.Name)];
            var analysis = await new AnalyzeService(clock).RunAsync(store, analyzeOptions, job, ct);
            job.Analysis = analysis;
            record.Analysed = analysis.DocumentsAnalyzed;
            await FinishAsync(record, ImportJobStatus.Done, null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await FinishAsync(record, ImportJobStatus.Failed, ex.Message);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Shutting down: the row stays "ingesting"/"analysing" and the next start marks it interrupted, the
            // same as after a crash, so there is one path for both.
        }
        catch (Exception ex)
        {
            // Unexpected: logged with the stack for the operator; the page says where to look.
            logger.LogError(ex, "Import {JobId} failed", record.Id);
            await FinishAsync(record, ImportJobStatus.Failed, "The import failed unexpectedly; the server log has the details.");
        }
        finally
        {
            _oneAtATime.Release();

            // The store now holds every record's raw bytes and every photo as a blob; the upload copy is not needed.
            TryDelete(workFolder);
        }
    }

    private async Task RecordIngestAsync(ImportJobRecord record, IngestSummary summary, CancellationToken ct)
    {
        record.IngestRunId = summary.RunId;
        record.RecordsRead = summary.RecordsRead;
        record.DocumentsAdded = summary.DocumentsAdded;
        record.Duplicates = summary.Duplicates;
        record.Quarantined = summary.Quarantined;
        record.ImagesStored = summary.ImagesStored;
        record.ImagesMissing = summary.ImagesMissing;
        record.SkippedFiles = summary.SkippedFiles.Count == 0
            ? null
            : string.Join('\n', summary.SkippedFiles.Select(s => Path.GetFileName(s.Path) + ": " + s.Reason));
        if (summary.Quarantined > 0)
        {
            var rows = await store.ListQuarantineAsync(summary.RunId, 1000, ct);
            record.QuarantineSummary = QuarantineSummary.Of(rows, summary.Quarantined);
        }

        record.Status = ImportJobStatus.Analysing;
        record.UpdatedAtUtc = clock.GetUtcNow();
        await store.ImportJobs.SaveAsync(record, ct);
    }

    private async Task FinishAsync(ImportJobRecord record, string status, string? error)
    {
        record.Status = status;
        record.Error = error;
        record.UpdatedAtUtc = clock.GetUtcNow();
        record.FinishedAtUtc = record.UpdatedAtUtc;
        try
        {
            // Not the stopping token: a finished job should be recorded as finished even during shutdown.
            await store.ImportJobs.SaveAsync(record, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record the end of import {JobId}", record.Id);
        }
    }
}
