namespace Ariadne.Investigation.Cases;

/// <summary>What an analyst says about bytes being captured: where they came from and what they are.</summary>
public sealed record EvidenceCapture(string Kind, string? FileName, string? MediaType, string? SourceUrl, string? Description, string? SubjectRef = null);
