namespace Ariadne.Core.Ingest;

/// <summary>
/// One upload through the web app's import page, as stored: who sent which file, how far it got and what came of
/// it. Kept so the import page lists past imports after a restart; the records themselves are in the ingest run.
/// </summary>
public sealed class ImportJobRecord
{
    public required string Id { get; init; }

    /// <summary>The file name as the browser sent it (for display only; never used as a path).</summary>
    public required string FileName { get; init; }

    /// <summary>The account that uploaded it.</summary>
    public required string UploadedBy { get; init; }

    /// <summary>See <see cref="ImportJobStatus"/>: ingesting, analysing, done, failed or interrupted.</summary>
    public string Status { get; set; } = ImportJobStatus.Ingesting;

    /// <summary>The ingest run that read the file, once ingest has finished (its quarantine rows name it).</summary>
    public string? IngestRunId { get; set; }

    public long RecordsRead { get; set; }

    public long DocumentsAdded { get; set; }

    public long Duplicates { get; set; }

    public long Quarantined { get; set; }

    public long ImagesStored { get; set; }

    public long ImagesMissing { get; set; }

    /// <summary>Documents analysed (entities, photo hashes, scores, links) after the ingest.</summary>
    public long Analysed { get; set; }

    /// <summary>Quarantine reasons with their counts, most frequent first ("3 × invalid JSON; 1 × no text").</summary>
    public string? QuarantineSummary { get; set; }

    /// <summary>Files in the upload that were not read, with why (one per line).</summary>
    public string? SkippedFiles { get; set; }

    /// <summary>Why the import failed or stopped, in words a person can act on.</summary>
    public string? Error { get; set; }

    public DateTimeOffset StartedAtUtc { get; init; }

    public DateTimeOffset UpdatedAtUtc { get; set; }

    public DateTimeOffset? FinishedAtUtc { get; set; }
}
