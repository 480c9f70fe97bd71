using Ariadne.Core.Entities;
using Ariadne.Extraction;
using Ariadne.Store;
using Ariadne.Store.Analysis;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// The extraction stage: entity mentions (phones, e-mails, handles, wallets, ages, prices, places, …) of each
/// pending document and the city it was posted in (<see cref="PostingCity"/>), found in parallel and saved a batch
/// at a time with the batch's "analysed" marks.
/// </summary>
public sealed class ExtractStage : IAnalysisStage
{
    public const string Name = "extract";

    /// <summary>
    /// Bump when extraction changes what it finds: documents analysed by an older version become pending again,
    /// and their mentions are replaced on the next <c>ariadne analyze</c>. Version 2: the posting city is stored.
    /// </summary>
    public const int Version = 2;

    string IAnalysisStage.Name => Name;

    int IAnalysisStage.Version => Version;

    public bool IsEnabled(AnalyzeOptions options) => true;

    public Task<long> CountPendingAsync(AriadneStore store, CancellationToken cancellationToken) =>
        store.Analysis.CountPendingAsync(Name, Version, cancellationToken);

    public async Task<AnalyzeSummary> RunAsync(StageContext context, AnalyzeSummary summary, CancellationToken cancellationToken)
    {
        var repository = context.Store.Analysis;
        // The pending ids once (the few new ones of a large store found newest first), then their text in batches.
        var pending = await repository.ListPendingIdsAsync(Name, Version, cancellationToken);
        var total = pending.Count;
        using var extractors = new ThreadLocal<EntityExtractor>(() => new EntityExtractor());
        long done = 0, mentions = 0, obfuscated = 0;
        context.Progress?.Report(new AnalyzeProgress(0, total, Name));
        foreach (var ids in pending.Chunk(context.Options.BatchSize))
        {
            var batch = await repository.LoadPendingAsync(ids, cancellationToken);
            var results = new ExtractionResult[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = context.Workers, CancellationToken = cancellationToken }, i =>
            {
                results[i] = Extract(extractors.Value!, batch[i]);
            });

            await repository.SaveExtractionAsync(Name, Version, results, context.Time.GetUtcNow(), cancellationToken);
            foreach (var mention in results.SelectMany(r => r.Mentions))
            {
                mentions++;
                if (mention.Obfuscated && mention.Type == EntityType.Phone)
                {
                    obfuscated++;
                }
            }

            done += batch.Count;
            context.Progress?.Report(new AnalyzeProgress(done, Math.Max(total, done), Name));
        }

        return summary with { DocumentsAnalyzed = done, MentionsStored = mentions, ObfuscatedPhones = obfuscated };
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

        return new ExtractionResult(document.Id, mentions) { PostingCity = PostingCity.Of(extractor, document.LocationRaw, document.Country) };
    }
}
