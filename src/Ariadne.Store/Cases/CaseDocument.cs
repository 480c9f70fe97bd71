using Ariadne.Core.Documents;

namespace Ariadne.Store.Cases;

/// <summary>
/// A document a case reaches (linked directly or through a linked network), with what a timeline needs: no body,
/// no raw payload, and the hashes of its stored photos in list order.
/// </summary>
/// <param name="PostedAtRaw">The posting time as written, which tells a date ("August 22, 2026") from an instant.</param>
public sealed record CaseDocument(string Id, DocumentKind Kind, string? Title, DateTimeOffset? PostedAtUtc, string? Location, string? Source, IReadOnlyList<string> PhotoSha256s, string? PostedAtRaw = null);
