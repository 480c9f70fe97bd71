using Ariadne.Core.Documents;

namespace Ariadne.Investigation.Exports;

/// <summary>
/// What the exports read of one document (no body: none of them writes text). <see cref="PostedAtRaw"/> is the
/// posting time as written, so a date without a time is exported as that date (<c>PostedAtPrecision</c>).
/// </summary>
public sealed record ExportDocument(
    string Id,
    DocumentKind Kind,
    string? Title,
    DateTimeOffset? PostedAtUtc,
    string? LocationRaw,
    string? Country,
    string? NetworkId,
    string? PostedAtRaw = null);
