using System.Diagnostics;
using Ariadne.Core.Entities;
using Ariadne.Extraction;
using Ariadne.Store;
using Ariadne.Store.Analysis;

namespace Ariadne.Pipeline.Analysis;

/// <summary>
/// Runs the analysis stages over the documents in the store that have not been analysed yet. Incremental and
/// idempotent: each batch's results and its "analysed" marks commit together, so a killed run loses at most the
/// batch in flight and a second run finds nothing to do.
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
        var repository = store.Analysis;
        var total = await repository.CountPendingAsync(ExtractStage.Name, ExtractStage.Version, cancellationToken);
        var workers = Math.Clamp(options.Parallelism, 1, 64);
        var extractors = new ThreadLocal<EntityExtractor>(() => new EntityExtractor());
        long done = 0, mentions = 0, obfuscated = 0;
        progress?.Report(new AnalyzeProgress(0, total));
        try
        {
            while (true)
            {
                var batch = await repository.ListPendingAsync(ExtractStage.Name, ExtractStage.Version, options.BatchSize, cancellationToken);
                if (batch.Count == 0)
                {
                    break;
                }

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

        return new AnalyzeSummary(done, mentions, obfuscated, clock.Elapsed);
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
