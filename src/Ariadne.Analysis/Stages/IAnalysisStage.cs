using Ariadne.Store;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// One stage of <c>ariadne analyze</c>. <see cref="AnalyzeService"/> runs its list of stages in order, each over
/// the documents still pending for it, so a new kind of analysis is one class added to that list.
/// </summary>
public interface IAnalysisStage
{
    /// <summary>The stage's name in the store's analysis bookkeeping, progress reports and timings.</summary>
    string Name { get; }

    /// <summary>
    /// The version of what the stage stores: documents it analysed at an older version are pending again. Bump it
    /// when the stage changes what it finds.
    /// </summary>
    int Version { get; }

    /// <summary>Whether this run has what the stage needs (a blob root for photos, a scorer for risk, …).</summary>
    bool IsEnabled(AnalyzeOptions options);

    /// <summary>Documents waiting for this stage: what its next run would read.</summary>
    Task<long> CountPendingAsync(AriadneStore store, CancellationToken cancellationToken);

    /// <summary>Runs the stage over its pending documents and adds what it did to the run's summary so far.</summary>
    Task<AnalyzeSummary> RunAsync(StageContext context, AnalyzeSummary summary, CancellationToken cancellationToken);
}
