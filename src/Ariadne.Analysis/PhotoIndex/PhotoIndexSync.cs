using System.Diagnostics;
using Ariadne.Store;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ariadne.Analysis.PhotoIndex;

/// <summary>
/// Opens a store's photo index without rescanning it: load the snapshot, then apply what changed in
/// <c>image_hashes</c> since its watermark; build from the store only when there is no usable snapshot.
/// <para>
/// <c>image_hashes</c> has no sequence column, so the watermark is the latest <c>hashed_at_utc</c> seen. Rows are
/// re-read from <see cref="WatermarkSlack"/> before it (a writer that took its timestamp earlier may commit later)
/// and the ones already indexed are skipped. Then the store's count is compared with the index's: a difference
/// means rows were deleted (or slipped past the slack), and the index is reconciled with a full read of the rows,
/// removing hashes whose rows are gone (tombstones) and adding any missing, still without rebuilding the tables.
/// Rows are assumed never to change their hash in place (the photo stage only inserts).
/// </para>
/// </summary>
public static class PhotoIndexSync
{
    /// <summary>How far before the watermark rows are re-read.</summary>
    public static readonly TimeSpan WatermarkSlack = TimeSpan.FromMinutes(10);

    /// <summary>Loads (or, failing that, builds) the index, brings it up to date and saves it when it changed enough.</summary>
    public static async Task<(PhotoHashIndex Index, PhotoIndexReport Report)> OpenAsync(AriadneStore store, PhotoIndexOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        logger ??= NullLogger.Instance;
        var clock = Stopwatch.StartNew();
        string? reason = null;
        if (options.SnapshotPath is { } path)
        {
            var (loaded, error) = PhotoHashIndex.Load(path, options.MinimumQuality);
            if (loaded is not null)
            {
                var report = await CatchUpAsync(store, loaded, options, logger, cancellationToken);
                logger.LogInformation("Photo index loaded from {Path}: {Count} hashes, {Added} added and {Removed} removed since the snapshot, in {Seconds:F2} s",
                    path, report.Count, report.Added, report.Removed, clock.Elapsed.TotalSeconds);
                return (loaded, report with { Source = PhotoIndexSource.Snapshot, Elapsed = clock.Elapsed });
            }

            reason = error;
            if (File.Exists(path))
            {
                logger.LogWarning("Photo index snapshot {Path} cannot be used ({Reason}); rebuilding it from the store", path, error);
            }
        }

        var rows = await store.ImageHashes.ListHashesAsync(options.MinimumQuality, cancellationToken);
        var index = PhotoHashIndex.Build(rows, options.MinimumQuality);
        var saved = false;
        if (options.SnapshotPath is { } target)
        {
            index.Save(target);
            saved = true;
        }

        logger.LogInformation("Photo index built from the store: {Count} hashes in {Seconds:F2} s{Saved}",
            index.Count, clock.Elapsed.TotalSeconds, saved ? ", snapshot saved" : "");
        return (index, new PhotoIndexReport
        {
            Source = PhotoIndexSource.Rebuilt,
            Reason = reason,
            Added = index.Count,
            Saved = saved,
            Count = index.Count,
            Elapsed = clock.Elapsed,
        });
    }

    /// <summary>Applies what changed in the store since the index's watermark; saves the snapshot when enough changed.</summary>
    public static async Task<PhotoIndexReport> RefreshAsync(AriadneStore store, PhotoHashIndex index, PhotoIndexOptions options, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var report = await CatchUpAsync(store, index, options, logger ?? NullLogger.Instance, cancellationToken);
        return report with { Source = PhotoIndexSource.Refreshed, Elapsed = clock.Elapsed };
    }

    private static async Task<PhotoIndexReport> CatchUpAsync(AriadneStore store, PhotoHashIndex index, PhotoIndexOptions options, ILogger logger, CancellationToken cancellationToken)
    {
        var since = index.WatermarkUtc == DateTimeOffset.MinValue ? DateTimeOffset.MinValue : index.WatermarkUtc - WatermarkSlack;
        var added = index.AddMissing(await store.ImageHashes.ListHashesSinceAsync(options.MinimumQuality, since, cancellationToken));
        var removed = 0;
        string? reason = null;
        var inStore = await store.ImageHashes.CountHashesAsync(options.MinimumQuality, cancellationToken);
        if (inStore != index.Count)
        {
            reason = $"the store has {inStore} image hashes and the index {index.Count}";
            var rows = await store.ImageHashes.ListHashesAsync(options.MinimumQuality, cancellationToken);
            var present = new BlobKey[rows.Count];
            var n = 0;
            foreach (var row in rows)
            {
                if (BlobKey.TryParse(row.BlobSha256, out var key))
                {
                    present[n++] = key;
                }
            }
            Array.Sort(present, 0, n);
            removed = index.RemoveAbsent(present[..n]);
            added += index.AddMissing(rows);
            logger.LogInformation("Photo index reconciled with the store ({Reason}): {Removed} removed, {Added} added", reason, removed, added);
        }

        var saved = false;
        if (options.SnapshotPath is { } path && index.ChangesSinceSave >= Math.Max(1, options.SaveAfterChanges))
        {
            index.Save(path);
            saved = true;
        }

        return new PhotoIndexReport { Added = added, Removed = removed, Reason = reason, Saved = saved, Count = index.Count };
    }
}
