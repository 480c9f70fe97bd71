using Ariadne.Pipeline.Ingest;

namespace Ariadne.Web.Import;

/// <summary>One upload being ingested and analysed in the background; read by the import status page.</summary>
public sealed class ImportJob
{
    public required string Id { get; init; }

    public required string FileName { get; init; }

    public required string UploadedBy { get; init; }

    public DateTimeOffset StartedAtUtc { get; init; }

    /// <summary>The latest progress report of the ingest (records and bytes so far).</summary>
    public IngestProgress Progress { get; set; }

    public ImportState State { get; set; } = ImportState.Ingesting;

    public IngestSummary? Summary { get; set; }

    /// <summary>Documents whose entities and photos were analysed after the ingest.</summary>
    public long Analysed { get; set; }

    /// <summary>Why the import failed, in words a person can act on.</summary>
    public string? Error { get; set; }
}
