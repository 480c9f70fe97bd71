namespace Ariadne.Store.Search;

/// <summary>How one term of the user's query matches.</summary>
internal enum SearchTermKind
{
    Word = 0,
    Phrase = 1,
    Prefix = 2,
}
