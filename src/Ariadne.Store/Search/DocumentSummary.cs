using Ariadne.Core.Documents;

namespace Ariadne.Store.Search;

/// <summary>What a result list shows for one document.</summary>
/// <param name="Snippet">The first <see cref="MaxSnippetLength"/> characters of the body.</param>
public sealed record DocumentSummary(
    string Id,
    DocumentKind Kind,
    string? Title,
    string Snippet,
    DateTimeOffset? PostedAtUtc,
    string? LocationRaw,
    string? Country,
    string? Source)
{
    public const int MaxSnippetLength = 200;
}
