using System.Collections.Concurrent;
using Ariadne.Pipeline.Analysis;
using Ariadne.Pipeline.Ingest;
using Ariadne.Pipeline.PhotoIndex;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Web.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Ariadne.Web.Import;

/// <summary>
/// Runs uploads through the same <see cref="IngestService"/> and <see cref="AnalyzeService"/> as the CLI, one at a
/// time (ingest is I/O- and CPU-heavy and the store takes one writer best), in the background so the browser
/// can follow progress. Jobs are kept in memory: after a restart the ingest runs remain on the dashboard.
/// </summary>
public sealed class ImportQueue(AriadneStore store, WebHostOptions options, IHostApplicationLifetime lifetime, ILogger<ImportQueue> logger) : IDisposable
{
    private readonly ConcurrentDictionary<string, ImportJob> _jobs = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public void Dispose() => _oneAtATime.Dispose();

    public ImportJob? Find(string id) => _jobs.GetValueOrDefault(id);

    /// <summary>Takes ownership of <paramref name="uploadedFile"/> (inside <paramref name="workFolder"/>) and starts the import.</summary>
    public ImportJob Start(string uploadedFile, string workFolder, string fileName, string uploadedBy)
    {
        var job = new ImportJob
        {
            Id = Guid.CreateVersion7().ToString("N"),
            FileName = fileName,
            UploadedBy = uploadedBy,
            StartedAtUtc = DateTimeOffset.UtcNow,
        };
        _jobs[job.Id] = job;
        _ = Task.Run(() => RunAsync(job, uploadedFile, workFolder, lifetime.ApplicationStopping));
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
        await _oneAtATime.WaitAsync(ct);
        try
        {
            var blobRoot = options.BlobRoot ?? Path.Combine(workFolder, "blobs");
            var input = UploadUnpacker.Prepare(uploadedFile, workFolder);
            var progress = new Progress<IngestProgress>(p => job.Progress = p);
            job.Summary = await new IngestService().IngestAsync([input], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(blobRoot), progress, ct);
            job.State = ImportState.Analysing;
            var analysis = await new AnalyzeService().RunAsync(store, new AnalyzeOptions { BlobRoot = blobRoot, PhotoIndexPath = PhotoIndexLocation.ForBlobRoot(blobRoot) }, null, ct);
            job.Analysed = analysis.DocumentsAnalyzed;
            job.State = ImportState.Done;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            job.Error = ex.Message;
            job.State = ImportState.Failed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Unexpected: logged with the stack for the operator; the page says where to look.
            logger.LogError(ex, "Import {JobId} failed", job.Id);
            job.Error = "The import failed unexpectedly; the server log has the details.";
            job.State = ImportState.Failed;
        }
        finally
        {
            _oneAtATime.Release();

            // The store now holds every record's raw bytes and every photo as a blob; the upload copy is not needed.
            TryDelete(workFolder);
        }
    }
}
