namespace Ariadne.Store.Search;

/// <summary>The document columns a query may filter on by name.</summary>
internal enum SearchField
{
    /// <summary>Start of the location as written, folded (case and diacritics).</summary>
    City,

    /// <summary>Two-letter country code.</summary>
    Country,

    /// <summary>Document kind wire name (ad, post, chat, tip).</summary>
    Kind,

    /// <summary>Exact source name.</summary>
    Source,
}
