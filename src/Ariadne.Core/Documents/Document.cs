namespace Ariadne.Core.Documents;

/// <summary>
/// One ingested item (ad, post, chat message or tip) with its original bytes.
/// The identity is the SHA-256 of the raw payload, so ingesting the same record twice is a no-op.
/// </summary>
public sealed class Document
{
    /// <summary>Deterministic id: <c>d</c> + the first 24 hex digits of <see cref="ContentSha256"/>.</summary>
    public required string Id { get; init; }

    /// <summary>Lower-case hex SHA-256 of <see cref="RawPayload"/>; unique in the store.</summary>
    public required string ContentSha256 { get; init; }

    /// <summary>The id the source gave the record (the <c>id</c> field of JSONL), if any.</summary>
    public string? ExternalId { get; init; }

    public DocumentKind Kind { get; init; }

    /// <summary>Where the record came from: a site name, a platform, a hotline.</summary>
    public string? Source { get; init; }

    public string? SourceUrl { get; init; }

    /// <summary>The author handle exactly as the source gave it.</summary>
    public string? AuthorHandle { get; init; }

    /// <summary>The posted date exactly as written in the source.</summary>
    public string? PostedAtRaw { get; init; }

    /// <summary>The posted date parsed to UTC, when it could be parsed.</summary>
    public DateTimeOffset? PostedAtUtc { get; init; }

    public string? Title { get; init; }

    public required string Body { get; init; }

    /// <summary>The location exactly as written ("Houston, TX").</summary>
    public string? LocationRaw { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country given by the source, upper case.</summary>
    public string? Country { get; init; }

    /// <summary>BCP-47 language tag given by the source, if any.</summary>
    public string? Language { get; init; }

    /// <summary>Format of <see cref="RawPayload"/>: <c>jsonl</c>, <c>csv</c> or <c>html</c>.</summary>
    public required string RawFormat { get; init; }

    /// <summary>The original record, byte for byte (a JSONL line, a CSV row, an HTML page).</summary>
    public required byte[] RawPayload { get; init; }

    /// <summary>File the record was read from and its 1-based line (0 for whole-file records).</summary>
    public string? OriginFile { get; init; }

    public long OriginLine { get; init; }

    public DateTimeOffset IngestedAtUtc { get; init; }

    public List<DocumentImage> Images { get; init; } = [];
}
