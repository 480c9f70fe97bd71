namespace Ariadne.Store.Search;

/// <summary>Which filter of a search leads the plan (see <see cref="DocumentSearcher"/>).</summary>
internal enum SearchDriver
{
    /// <summary>The engine's planner decides (PostgreSQL, with its statistics).</summary>
    Engine,

    /// <summary>
    /// Read documents in page order (newest first) on the best ordered index and test each against the filters,
    /// stopping at the page's end: right when every filter matches a large share of the corpus.
    /// </summary>
    PageOrder,

    /// <summary>Start from the few documents whose text matches, then sort them.</summary>
    Text,

    /// <summary>Start from the few documents that mention the entity, then sort them.</summary>
    Entity,

    /// <summary>Start from the few documents posted under the city, on the lower(location_raw) index, then sort them.</summary>
    City,
}
