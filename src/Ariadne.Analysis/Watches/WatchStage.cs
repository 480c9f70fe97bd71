using Ariadne.Analysis.Stages;
using Ariadne.Store;
using Ariadne.Store.Watches;

namespace Ariadne.Analysis.Watches;

/// <summary>
/// The last stage of <c>ariadne analyze</c>: evaluates every account's saved searches and watches against the
/// documents new to this stage and records what matches. "New" is the stage's own per-document mark, the same
/// bookkeeping every stage keeps: unlike an ingest time or a sequence (which concurrent ingests commit out of order on
/// PostgreSQL), a mark is written in the transaction that records the document's matches, so a document is evaluated
/// exactly once per watch however runs and ingests interleave. A watch therefore sees the documents analysed after
/// it was created. It runs after linking, so a network watch sees the memberships of the same run.
/// </summary>
public sealed class WatchStage : IAnalysisStage
{
    public const string Name = "watch";

    /// <summary>
    /// Bump only to evaluate every watch against every stored document again (matches already recorded stay, with
    /// their first finding time; older documents found then count as new).
    /// </summary>
    public const int Version = 1;

    /// <summary>Documents per evaluated batch: each is one parameter of a saved search's restriction to the batch.</summary>
    public const int MaxBatch = 1_000;

    /// <summary>Documents marked per transaction when no account has a watch (a store's first run marks every document).</summary>
    public const int UnwatchedBatch = 10_000;

    string IAnalysisStage.Name => Name;

    int IAnalysisStage.Version => Version;

    /// <summary>Always: watches need nothing a run may lack (a network watch waits for the documents' link run by itself).</summary>
    public bool IsEnabled(AnalyzeOptions options) => true;

    public Task<long> CountPendingAsync(AriadneStore store, CancellationToken cancellationToken) =>
        store.Analysis.CountPendingAsync(Name, Version, cancellationToken);

    public async Task<AnalyzeSummary> RunAsync(StageContext context, AnalyzeSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await EvaluateAsync(context.Store, context.Options.BatchSize, context.Progress, context.Time, cancellationToken);
        return summary;
    }

    /// <summary>
    /// Evaluates every watch against the new documents that are ready: extracted and, when some watch follows a
    /// network, linked. The others stay pending for a later run. <c>ariadne watch run</c> calls this directly.
    /// </summary>
    public static async Task<WatchRunSummary> EvaluateAsync(AriadneStore store, int batchSize, IProgress<AnalyzeProgress>? progress, TimeProvider time,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var pending = await store.Analysis.ListPendingIdsAsync(Name, Version, cancellationToken);
        if (pending.Count == 0)
        {
            return new WatchRunSummary(0, 0, 0, 0);
        }

        var watches = await store.Watches.ListAllAsync(cancellationToken);
        var ready = await ReadyAsync(store, pending, watches.Any(w => w.Kind == WatchKind.Network), cancellationToken);
        // With no watch there is nothing to search, only marks to write: larger batches, fewer transactions.
        var size = watches.Count == 0 ? UnwatchedBatch : Math.Clamp(batchSize, 1, MaxBatch);
        long done = 0, matches = 0;
        progress?.Report(new AnalyzeProgress(0, ready.Count, Name));
        foreach (var batch in ready.Chunk(size))
        {
            var hits = watches.Count == 0 ? [] : await WatchBatchMatcher.MatchAsync(store, watches, batch, cancellationToken);
            matches += await store.Watches.SaveEvaluationAsync(Name, Version, batch, hits, [.. watches.Select(w => w.Id)], time.GetUtcNow(), cancellationToken);
            done += batch.Length;
            progress?.Report(new AnalyzeProgress(done, ready.Count, Name));
        }

        return new WatchRunSummary(done, pending.Count - ready.Count, watches.Count, matches);
    }

    // A document extraction has not read has no mentions or place yet, and an unlinked one no network: evaluating it
    // now would mark it without the matches a later run would find.
    private static async Task<List<string>> ReadyAsync(AriadneStore store, IReadOnlyList<string> pending, bool needsLinks, CancellationToken cancellationToken)
    {
        var unextracted = (await store.Analysis.ListPendingIdsAsync(ExtractStage.Name, ExtractStage.Version, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var ready = pending.Where(id => !unextracted.Contains(id)).ToList();
        if (needsLinks && ready.Count > 0)
        {
            var linked = await store.Watches.LinkedAmongAsync(ready, cancellationToken);
            ready.RemoveAll(id => !linked.Contains(id));
        }

        return ready;
    }
}
