using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Core.Ingest;

namespace Ariadne.Web.Import;

/// <summary>
/// A running import as this process sees it: the stored record (written at each change of state) plus the live
/// progress of the ingest and of each analysis stage, which change too often to be worth writing and mean nothing
/// after a restart.
/// </summary>
public sealed class ImportJob(ImportJobRecord record) : IProgress<AnalyzeProgress>
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AnalyzeProgress> _stages = new(StringComparer.Ordinal);

    public ImportJobRecord Record { get; } = record;

    /// <summary>The latest progress report of the ingest (records and bytes so far).</summary>
    public IngestProgress Progress { get; set; }

    /// <summary>The analysis stages this import runs, in run order (set when analysis starts).</summary>
    public IReadOnlyList<string> Stages { get; set; } = [];

    /// <summary>What the analysis did, once it has finished.</summary>
    public AnalyzeSummary? Analysis { get; set; }

    /// <summary>
    /// Called by the stages on their own threads; kept synchronous (not <see cref="Progress{T}"/>, which posts to the
    /// thread pool) so a late report can never overwrite a newer one.
    /// </summary>
    public void Report(AnalyzeProgress value)
    {
        lock (_gate)
        {
            _stages[value.Stage] = value;
        }
    }

    /// <summary>The latest report of <paramref name="stage"/>, or null while it has not started.</summary>
    public AnalyzeProgress? StageProgress(string stage)
    {
        lock (_gate)
        {
            return _stages.TryGetValue(stage, out var p) ? p : null;
        }
    }
}
