using System.Diagnostics;
using Ariadne.Store;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// Runs the analysis stages in order over the documents in the store each has not analysed yet: extraction, photo
/// hashing (when the blob root is known), linking, then scoring, whose network evidence is the linker's networks
/// (hubs and boilerplate held apart). Incremental and idempotent: each batch's results and its "analysed" marks
/// commit together, so a killed run loses at most the batch in flight and a second run finds nothing to do.
/// </summary>
public sealed class AnalyzeService(TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Every stage in the order a run takes them; a new kind of analysis is one more entry.</summary>
    public static IReadOnlyList<IAnalysisStage> Stages { get; } = [new ExtractStage(), new HashStage(), new LinkStage(), new ScoreStage(), new Watches.WatchStage()];

    public async Task<AnalyzeSummary> RunAsync(AriadneStore store, AnalyzeOptions options, IProgress<AnalyzeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        var clock = Stopwatch.StartNew();
        var timer = new PhaseTimer();
        var context = new StageContext(store, options, Math.Clamp(options.Parallelism, 1, 64), progress, _time);
        var summary = new AnalyzeSummary(0, 0, 0, TimeSpan.Zero);
        foreach (var stage in Stages.Where(s => s.IsEnabled(options)))
        {
            summary = await stage.RunAsync(context, summary, cancellationToken);
            timer.Lap(stage.Name);
        }

        return summary with { Elapsed = clock.Elapsed, Stages = timer.ToString() };
    }

    /// <summary>Documents each stage would read on the next run, in run order; stages this run would skip say so.</summary>
    public static async Task<IReadOnlyList<StagePending>> CountPendingAsync(AriadneStore store, AnalyzeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var counts = new List<StagePending>();
        foreach (var stage in Stages)
        {
            counts.Add(new StagePending(stage.Name, stage.Version, await stage.CountPendingAsync(store, cancellationToken), stage.IsEnabled(options)));
        }

        return counts;
    }
}
