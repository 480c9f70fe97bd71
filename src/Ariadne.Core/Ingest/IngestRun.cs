namespace Ariadne.Core.Ingest;

/// <summary>One invocation of ingest: what was read and what happened.</summary>
public sealed class IngestRun
{
    public required string Id { get; init; }

    public DateTimeOffset StartedAtUtc { get; init; }

    public DateTimeOffset? FinishedAtUtc { get; set; }

    /// <summary>The paths given, joined by newlines.</summary>
    public required string Paths { get; init; }

    public long RecordsRead { get; set; }

    public long DocumentsAdded { get; set; }

    public long Duplicates { get; set; }

    public long Quarantined { get; set; }

    /// <summary><c>running</c>, <c>completed</c>, <c>failed</c> (a killed run stays <c>running</c>).</summary>
    public string Status { get; set; } = "running";
}
