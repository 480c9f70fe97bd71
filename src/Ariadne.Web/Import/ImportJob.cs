using Ariadne.Analysis.Ingest;
using Ariadne.Core.Ingest;

namespace Ariadne.Web.Import;

/// <summary>
/// A running import as this process sees it: the stored record (written at each change of state) plus the live
/// progress of the ingest, which changes too often to be worth writing and means nothing after a restart.
/// </summary>
public sealed class ImportJob(ImportJobRecord record)
{
    public ImportJobRecord Record { get; } = record;

    /// <summary>The latest progress report of the ingest (records and bytes so far).</summary>
    public IngestProgress Progress { get; set; }
}
