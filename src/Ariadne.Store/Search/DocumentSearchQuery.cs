using Ariadne.Core.Documents;
using Ariadne.Core.Entities;

namespace Ariadne.Store.Search;

/// <summary>
/// A search over documents: every filter given must match. <see cref="Text"/> uses the query language of
/// <see cref="SearchQueryParser"/>: words are ANDed, <c>"quoted phrases"</c> match in order, <c>prefix*</c> matches
/// word starts, <c>OR</c>, <c>NOT</c>/<c>-word</c>, parentheses and field filters (<c>phone:</c>, <c>city:</c>…);
/// anything else is taken literally. Text over <see cref="SearchLimits"/> is refused with a <see cref="SearchQueryException"/>.
/// </summary>
public sealed record DocumentSearchQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public string? Text { get; init; }

    /// <summary>Reads identifiers in <see cref="Text"/> as extraction normalises them; null reads none (words stay words).</summary>
    public ISearchIdentifierReader? Identifiers { get; init; }

    public DocumentKind? Kind { get; init; }

    /// <summary>Exact source name.</summary>
    public string? Source { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country; compared upper-case.</summary>
    public string? Country { get; init; }

    /// <summary>Only documents in which an entity of this type was extracted.</summary>
    public EntityType? EntityType { get; init; }

    /// <summary>With <see cref="EntityType"/>: only documents mentioning exactly this normalised value (E.164 phone...).</summary>
    public string? EntityValue { get; init; }

    /// <summary>Start of the location as written in the document ("houston" matches "Houston, TX"), case-insensitive.</summary>
    public string? City { get; init; }

    /// <summary>Inclusive lower bound on <c>PostedAtUtc</c>; documents without a date never match a date bound.</summary>
    public DateTimeOffset? PostedFromUtc { get; init; }

    /// <summary>Exclusive upper bound on <c>PostedAtUtc</c>.</summary>
    public DateTimeOffset? PostedToUtc { get; init; }

    /// <summary>
    /// Only these documents (by id): a watch runs its saved search over one batch of new documents, so its cost is the
    /// batch's, not the store's. Null for no restriction; keep it to a few thousand ids (one parameter each).
    /// </summary>
    public IReadOnlyCollection<string>? WithinDocuments { get; init; }

    /// <summary>The <see cref="DocumentSearchPage.NextCursor"/> of the previous page; null for the first page.</summary>
    public string? Cursor { get; init; }

    /// <summary>Rows per page; values above <see cref="MaxPageSize"/> are capped.</summary>
    public int PageSize { get; init; } = DefaultPageSize;
}
