using Ariadne.Core.Entities;
using Ariadne.Extraction.Query;
using Ariadne.Store.Search;

namespace Ariadne.Investigation.Search;

/// <summary>
/// The store's identifier reader on extraction's normalisers (<see cref="QueryIdentifiers"/>), so that search reads
/// "713-555-0171", "Jade@Example.COM" or "ig:@jade" as the values entity mentions hold.
/// </summary>
public sealed class SearchIdentifiers : ISearchIdentifierReader
{
    /// <summary>The one instance: the reader holds no state.</summary>
    public static readonly SearchIdentifiers Instance = new();

    private SearchIdentifiers()
    {
    }

    public SearchIdentifier? ReadText(string text) => Map(QueryIdentifiers.ReadText(text));

    public SearchIdentifier? ReadValue(EntityType type, string value) => Map(QueryIdentifiers.ReadValue(type, value));

    private static SearchIdentifier? Map(QueryIdentifier? id) =>
        id is null ? null : new SearchIdentifier(id.Type, id.Values, id.TextForms);
}
