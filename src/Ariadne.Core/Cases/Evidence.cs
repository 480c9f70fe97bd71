namespace Ariadne.Core.Cases;

/// <summary>
/// Write-once evidence captured into a case, identified by the SHA-256 of its exact bytes. Nothing here changes
/// after capture except a withdrawal, which only an Admin records, with a reason; the record and hash stay.
/// </summary>
public sealed class Evidence
{
    public required string Id { get; init; }

    public required string CaseId { get; init; }

    /// <summary>Lower-case hex SHA-256 of the captured bytes; also the file's name in the evidence store.</summary>
    public required string Sha256 { get; init; }

    /// <summary>One of <see cref="EvidenceKind"/>.</summary>
    public string Kind { get; init; } = EvidenceKind.Upload;

    public long SizeBytes { get; init; }

    public string? FileName { get; init; }

    public string? MediaType { get; init; }

    public string? Description { get; init; }

    /// <summary>What was captured: a document id, a network id or a photo blob hash, when it came from the store.</summary>
    public string? SubjectRef { get; init; }

    public string? SourceUrl { get; init; }

    public string? CapturedByUserId { get; init; }

    public DateTimeOffset CapturedAtUtc { get; init; }

    public string? ToolVersion { get; init; }

    public DateTimeOffset? WithdrawnAtUtc { get; set; }

    public string? WithdrawnByUserId { get; set; }

    public string? WithdrawnReason { get; set; }
}
