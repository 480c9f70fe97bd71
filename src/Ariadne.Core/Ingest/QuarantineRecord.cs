namespace Ariadne.Core.Ingest;

/// <summary>A record that could not be ingested, kept with the reason so nothing is silently lost.</summary>
public sealed class QuarantineRecord
{
    public long Id { get; set; }

    public required string RunId { get; init; }

    /// <summary>The file the record came from, as given on the command line or upload.</summary>
    public required string File { get; init; }

    /// <summary>1-based line number of the record (0 when the whole file was rejected).</summary>
    public long Line { get; init; }

    /// <summary>What was wrong, in words a person can act on, naming the field when there is one.</summary>
    public required string Reason { get; init; }

    /// <summary>The offending bytes (truncated to a few KiB).</summary>
    public byte[] Raw { get; init; } = [];

    public DateTimeOffset QuarantinedAtUtc { get; init; }
}
