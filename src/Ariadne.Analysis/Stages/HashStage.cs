using System.Collections.Concurrent;
using Ariadne.Analysis.PhotoIndex;
using Ariadne.Core.Imaging;
using Ariadne.Imaging;
using Ariadne.Store;
using Ariadne.Store.Blobs;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// The photo stage: each pending document's stored images are PDQ-hashed by blob, each distinct blob once (a blob
/// hashed in an earlier batch or run is not decoded again). Undecodable images are recorded with the reason and do
/// not stop the run. It needs the blob root; without one its documents stay pending for a run that has the images.
/// </summary>
public sealed class HashStage : IAnalysisStage
{
    public const string Name = "hash";

    /// <summary>
    /// Bump when the photo stage changes what it records: documents become pending again. Blobs already in
    /// <c>image_hashes</c> keep their row (a blob's bytes never change); clear the table to re-hash them.
    /// </summary>
    public const int Version = 1;

    string IAnalysisStage.Name => Name;

    int IAnalysisStage.Version => Version;

    public bool IsEnabled(AnalyzeOptions options) => options.BlobRoot is not null;

    public Task<long> CountPendingAsync(AriadneStore store, CancellationToken cancellationToken) =>
        store.Analysis.CountPendingAsync(Name, Version, cancellationToken);

    public async Task<AnalyzeSummary> RunAsync(StageContext context, AnalyzeSummary summary, CancellationToken cancellationToken)
    {
        var store = context.Store;
        var blobs = new FileSystemBlobStore(context.Options.BlobRoot!);
        var repository = store.ImageHashes;
        var pending = await store.Analysis.ListPendingIdsAsync(Name, Version, cancellationToken);
        var total = pending.Count;
        long done = 0, hashed = 0, unreadable = 0, missing = 0;
        context.Progress?.Report(new AnalyzeProgress(0, total, Name));
        foreach (var ids in pending.Chunk(context.Options.BatchSize))
        {
            var batch = await repository.LoadPendingAsync(ids, cancellationToken);

            var wanted = batch.SelectMany(d => d.BlobSha256s).Distinct(StringComparer.Ordinal).ToList();
            var known = await repository.FindHashedAsync(wanted, cancellationToken);
            var toHash = wanted.Where(sha => !known.Contains(sha)).ToList();
            var results = new ConcurrentBag<ImageHash>();
            var absent = 0;
            var now = context.Time.GetUtcNow();
            Parallel.ForEach(toHash, new ParallelOptions { MaxDegreeOfParallelism = context.Workers, CancellationToken = cancellationToken }, sha =>
            {
                var path = blobs.GetPath(sha);
                if (!File.Exists(path))
                {
                    Interlocked.Increment(ref absent);
                    return;
                }

                results.Add(Hash(sha, path, now));
            });

            var rows = results.ToList();
            await repository.SaveAsync(Name, Version, batch.Select(d => d.DocumentId).ToList(), rows, now, cancellationToken);
            hashed += rows.Count(r => r.Pdq is not null);
            unreadable += rows.Count(r => r.Pdq is null);
            missing += absent;
            done += batch.Count;
            context.Progress?.Report(new AnalyzeProgress(done, Math.Max(total, done), Name));
        }

        summary = summary with
        {
            PhotoStageRan = true,
            DocumentsHashed = done,
            ImagesHashed = hashed,
            ImagesUnreadable = unreadable,
            ImagesMissing = missing,
        };

        // The snapshot is brought up to date here, so the next process to search photos loads it instead of
        // building the index from every stored hash.
        if (context.Options.PhotoIndexPath is { } indexPath && (hashed > 0 || !File.Exists(indexPath)))
        {
            var (index, report) = await PhotoIndexSync.OpenAsync(store, new PhotoIndexOptions { SnapshotPath = indexPath }, cancellationToken: cancellationToken);
            index.Dispose();
            summary = summary with { PhotoIndex = report };
        }

        return summary;
    }

    private static ImageHash Hash(string sha, string path, DateTimeOffset now)
    {
        var result = ImageHasher.HashFile(path);
        return result.Succeeded
            ? new ImageHash { BlobSha256 = sha, Pdq = result.Result.Hash.ToString(), Quality = result.Result.Quality, HashedAtUtc = now }
            : new ImageHash { BlobSha256 = sha, Error = result.Error, HashedAtUtc = now };
    }
}
