namespace Ariadne.Core.Cases;

/// <summary>Write-once evidence captured into a case, identified by the SHA-256 of its exact bytes.</summary>
public sealed class Evidence
{
    public required string Id { get; init; }

    public required string CaseId { get; init; }

    public required string Sha256 { get; init; }

    public string? SourceUrl { get; init; }

    public string? CapturedByUserId { get; init; }

    public DateTimeOffset CapturedAtUtc { get; init; }

    public string? ToolVersion { get; init; }
}
