using Ariadne.Core.Documents;

namespace Ariadne.Store.Cases;

/// <summary>
/// A document a case reaches (linked directly or through a linked network), with what a timeline needs: no body,
/// no raw payload, and the hashes of its stored photos in list order.
/// </summary>
public sealed record CaseDocument(string Id, DocumentKind Kind, string? Title, DateTimeOffset? PostedAtUtc, string? Location, string? Source, IReadOnlyList<string> PhotoSha256s);
