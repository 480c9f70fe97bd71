namespace Ariadne.Store.Search;

/// <summary>
/// Bounds on a query's size, so that no query costs more than a few hundred milliseconds (issue 23: a 4 KB query of
/// 1,400 <c>a*</c> terms held a core for 12.7 s). A query over them is refused with a message, never cut silently.
/// </summary>
public static class SearchLimits
{
    /// <summary>Characters of query text: far above any query a person types, far below the 4 KB of the attack.</summary>
    public const int MaxLength = 512;

    /// <summary>Terms, field filters and OR/NOT operators together; each term is one index lookup (an FTS5 doclist or a tsquery lexeme).</summary>
    public const int MaxTerms = 32;

    /// <summary>
    /// Letters or digits before a <c>*</c>: a prefix reads the doclist of every word it starts, and one or two letters
    /// start a large share of a multilingual vocabulary (FTS5 and GIN alike merge them all), while three narrow it
    /// to a few hundred words at most.
    /// </summary>
    public const int MinPrefixLength = 3;

    /// <summary>Nested parentheses (the parser recurses once per level).</summary>
    public const int MaxDepth = 8;
}
