using System.Collections.Concurrent;
using System.Diagnostics;
using Ariadne.Analysis.PhotoIndex;
using Ariadne.Core.Entities;
using Ariadne.Core.Imaging;
using Ariadne.Extraction;
using Ariadne.Imaging;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Networks;
using Ariadne.Store;
using Ariadne.Store.Analysis;
using Ariadne.Store.Blobs;
using Ariadne.Store.Scoring;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// Runs the analysis stages over the documents in the store that have not been analysed yet: entity extraction,
/// then (when the blob root is known) PDQ hashing of the documents' stored photos. Incremental and idempotent:
/// each batch's results and its "analysed" marks commit together, so a killed run loses at most the batch in
/// flight and a second run finds nothing to do.
/// </summary>
public sealed class AnalyzeService(TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<AnalyzeSummary> RunAsync(AriadneStore store, AnalyzeOptions options, IProgress<AnalyzeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        var clock = Stopwatch.StartNew();
        var stages = new PhaseTimer();
        var repository = store.Analysis;
        // The pending ids once (the few new ones of a large store found newest first), then their text in batches.
        var pending = await repository.ListPendingIdsAsync(ExtractStage.Name, ExtractStage.Version, cancellationToken);
        var total = pending.Count;
        var workers = Math.Clamp(options.Parallelism, 1, 64);
        var extractors = new ThreadLocal<EntityExtractor>(() => new EntityExtractor());
        long done = 0, mentions = 0, obfuscated = 0;
        progress?.Report(new AnalyzeProgress(0, total));
        try
        {
            foreach (var ids in pending.Chunk(options.BatchSize))
            {
                var batch = await repository.LoadPendingAsync(ids, cancellationToken);

                var results = new ExtractionResult[batch.Count];
                Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, i =>
                {
                    results[i] = Extract(extractors.Value!, batch[i]);
                });

                await repository.SaveExtractionAsync(ExtractStage.Name, ExtractStage.Version, results, _time.GetUtcNow(), cancellationToken);
                foreach (var result in results)
                {
                    mentions += result.Mentions.Count;
                    foreach (var mention in result.Mentions)
                    {
                        if (mention.Obfuscated && mention.Type == EntityType.Phone)
                        {
                            obfuscated++;
                        }
                    }
                }

                done += batch.Count;
                progress?.Report(new AnalyzeProgress(done, Math.Max(total, done)));
            }
        }
        finally
        {
            extractors.Dispose();
        }

        var summary = new AnalyzeSummary(done, mentions, obfuscated, clock.Elapsed);
        stages.Lap("extract");
        if (options.BlobRoot is not null)
        {
            summary = await HashPhotosAsync(store, options, workers, progress, summary, cancellationToken);
            if (options.PhotoIndexPath is { } indexPath && (summary.ImagesHashed > 0 || !File.Exists(indexPath)))
            {
                var (index, report) = await PhotoIndexSync.OpenAsync(store, new PhotoIndexOptions { SnapshotPath = indexPath }, cancellationToken: cancellationToken);
                index.Dispose();
                summary = summary with { PhotoIndex = report };
            }

            stages.Lap("photos");
        }

        if (options.Link)
        {
            var link = await new LinkStage(_time).RunAsync(store, options.LinkOptions with { Parallelism = workers }, options.BatchSize, progress, options.Relink, cancellationToken);
            summary = summary with { Link = link };
            stages.Lap("link");
        }

        // Scoring last: its network evidence is the linker's networks (hubs and boilerplate held apart).
        if (options.Scorer is not null)
        {
            var score = await new ScoreStage(_time).RunAsync(store, options.Scorer, options.BatchSize, workers, summary.Link?.ChangedNetworkIds ?? [], progress, cancellationToken);
            summary = summary with { ScoreStageRan = true, DocumentsScored = score.Scored, DocumentsRescored = score.Rescored, IndicatorHits = score.Hits, HighRisk = score.HighRisk };
            stages.Lap("score");
        }

        return summary with { Elapsed = clock.Elapsed, Stages = stages.ToString() };
    }

    /// <summary>
    /// The photo stage: each pending document's stored images are PDQ-hashed by blob, each distinct blob once (a
    /// blob hashed in an earlier batch or run is not decoded again). Undecodable images are recorded with the
    /// reason and do not stop the run.
    /// </summary>
    private async Task<AnalyzeSummary> HashPhotosAsync(AriadneStore store, AnalyzeOptions options, int workers, IProgress<AnalyzeProgress>? progress, AnalyzeSummary summary, CancellationToken cancellationToken)
    {
        var blobs = new FileSystemBlobStore(options.BlobRoot!);
        var repository = store.ImageHashes;
        var pending = await store.Analysis.ListPendingIdsAsync(HashStage.Name, HashStage.Version, cancellationToken);
        var total = pending.Count;
        long done = 0, hashed = 0, unreadable = 0, missing = 0;
        progress?.Report(new AnalyzeProgress(0, total, HashStage.Name));
        foreach (var ids in pending.Chunk(options.BatchSize))
        {
            var batch = await repository.LoadPendingAsync(ids, cancellationToken);

            var wanted = batch.SelectMany(d => d.BlobSha256s).Distinct(StringComparer.Ordinal).ToList();
            var known = await repository.FindHashedAsync(wanted, cancellationToken);
            var toHash = wanted.Where(sha => !known.Contains(sha)).ToList();
            var results = new ConcurrentBag<ImageHash>();
            var absent = 0;
            var now = _time.GetUtcNow();
            Parallel.ForEach(toHash, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, sha =>
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
            await repository.SaveAsync(HashStage.Name, HashStage.Version, batch.Select(d => d.DocumentId).ToList(), rows, now, cancellationToken);
            hashed += rows.Count(r => r.Pdq is not null);
            unreadable += rows.Count(r => r.Pdq is null);
            missing += absent;
            done += batch.Count;
            progress?.Report(new AnalyzeProgress(done, Math.Max(total, done), HashStage.Name));
        }

        return summary with
        {
            PhotoStageRan = true,
            DocumentsHashed = done,
            ImagesHashed = hashed,
            ImagesUnreadable = unreadable,
            ImagesMissing = missing,
        };
    }

    private static ImageHash Hash(string sha, string path, DateTimeOffset now)
    {
        var result = ImageHasher.HashFile(path);
        return result.Succeeded
            ? new ImageHash { BlobSha256 = sha, Pdq = result.Result.Hash.ToString(), Quality = result.Result.Quality, HashedAtUtc = now }
            : new ImageHash { BlobSha256 = sha, Error = result.Error, HashedAtUtc = now };
    }

    private static ExtractionResult Extract(EntityExtractor extractor, PendingDocument document)
    {
        // Spans are offsets into the body, which is what the document page highlights.
        var found = extractor.Extract(document.Body, document.Country);
        var mentions = new EntityMention[found.Count];
        for (var i = 0; i < found.Count; i++)
        {
            var e = found[i];
            mentions[i] = new EntityMention
            {
                DocumentId = document.Id,
                Type = e.Type,
                Value = e.Value,
                Start = e.Start,
                End = e.End,
                Obfuscated = e.Obfuscated,
            };
        }

        return new ExtractionResult(document.Id, mentions);
    }
}
