using Ariadne.Core.Documents;

namespace Ariadne.Investigation.Exports;

/// <summary>What the exports read of one document (no body: none of them writes text).</summary>
public sealed record ExportDocument(
    string Id,
    DocumentKind Kind,
    string? Title,
    DateTimeOffset? PostedAtUtc,
    string? LocationRaw,
    string? Country,
    string? NetworkId);
