namespace Ariadne.Core.Ingest;

/// <summary>
/// How far ingest has committed into one input file. Written in the same transaction as the batch it covers,
/// so a killed run resumes exactly where the last commit ended: nothing committed is lost or duplicated.
/// </summary>
public sealed class IngestFileCheckpoint
{
    /// <summary>Identity of the file version: SHA-256 of its full path, length and first 64 KiB.</summary>
    public required string FileKey { get; init; }

    public required string Path { get; set; }

    /// <summary>Byte offset just after the last committed record.</summary>
    public long ByteOffset { get; set; }

    /// <summary>Number of lines (or records) fully committed.</summary>
    public long Line { get; set; }

    public bool Completed { get; set; }

    public DateTimeOffset UpdatedAtUtc { get; set; }
}
