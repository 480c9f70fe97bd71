namespace Ariadne.Analysis.Ingest;

/// <summary>Where a reader starts and what it stamps on the documents it makes.</summary>
public sealed class RecordReadContext
{
    /// <summary>The file name recorded as each document's origin.</summary>
    public required string OriginFile { get; init; }

    /// <summary>Byte offset to start at: 0, or an <see cref="IngestRecord.EndOffset"/> from an earlier read.</summary>
    public long StartOffset { get; init; }

    /// <summary>Lines before <see cref="StartOffset"/> (the <see cref="IngestRecord.EndLine"/> that goes with it).</summary>
    public long StartLine { get; init; }

    public DateTimeOffset IngestedAtUtc { get; init; }
}
