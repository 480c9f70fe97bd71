namespace Ariadne.Analysis.Ingest;

/// <summary>What an ingest run did.</summary>
public sealed class IngestSummary
{
    public required string RunId { get; init; }

    /// <summary>Files read in this run (from the start or resumed).</summary>
    public int FilesRead { get; init; }

    /// <summary>Files not read: unsupported or unreadable (see <see cref="SkippedFiles"/>).</summary>
    public int FilesSkipped { get; init; }

    /// <summary>Files whose checkpoint says they were completely ingested before: not read again.</summary>
    public int FilesAlreadyIngested { get; init; }

    /// <summary>Files continued from a checkpoint left by an interrupted run.</summary>
    public int FilesResumed { get; init; }

    /// <summary>Records read: documents plus rejections.</summary>
    public long RecordsRead { get; init; }

    public long DocumentsAdded { get; init; }

    /// <summary>Documents whose content was already stored (or repeated within the run).</summary>
    public long Duplicates { get; init; }

    public long Quarantined { get; init; }

    /// <summary>Distinct image files stored in (or found already in) the blob store.</summary>
    public long ImagesStored { get; init; }

    /// <summary>Image references kept without bytes: remote URLs, missing or refused files.</summary>
    public long ImagesMissing { get; init; }

    public TimeSpan Elapsed { get; init; }

    public IReadOnlyList<SkippedFile> SkippedFiles { get; init; } = [];
}
