namespace Ariadne.Store.Insights;

/// <summary>The dashboard's numbers: corpus size, ingest history, quarantine and analysis progress.</summary>
public sealed record StoreOverview(long Documents, long IngestRuns, long Quarantined, IReadOnlyList<StageProgress> Stages);
