using System.Data.Common;

namespace Ariadne.Store.Search;

/// <summary>The few places where search SQL differs between SQLite and PostgreSQL.</summary>
internal abstract class SearchDialect
{
    /// <summary>
    /// True when <paramref name="text"/> (terms joined by AND, OR and NOT only) can be matched by one full-text query
    /// of the engine; otherwise the searcher combines smaller matches in SQL.
    /// </summary>
    public abstract bool CanMatch(SearchNode text);

    /// <summary>A predicate on documents aliased <c>d</c> that holds when the text of a matchable node matches title or body.</summary>
    public abstract string TextPredicate(SearchNode text, Func<object, string> addParameter);

    /// <summary>
    /// True when the searcher must pick which filter leads the plan (SQLite: no statistics on how many documents
    /// a word or an identifier matches, so its planner cannot); false when the engine's planner does (PostgreSQL).
    /// </summary>
    public virtual bool SearcherPicksDriver => false;

    /// <summary>
    /// The same predicate as <see cref="TextPredicate"/>, shaped to be tested one document at a time while the
    /// documents are read in page order or led by another filter.
    /// </summary>
    public virtual string TextProbe(SearchNode text, Func<object, string> addParameter) =>
        TextPredicate(text, addParameter);

    /// <summary>A query returning the rowid of each document whose text matches, for counting candidates; null if unsupported.</summary>
    public virtual string? TextCandidates(SearchNode text, Func<object, string> addParameter) => null;

    /// <summary>A predicate on <c>d</c>: the location starts with <paramref name="city"/>, folding case and diacritics, taken literally.</summary>
    public abstract string CityPredicate(string city, Func<object, string> addParameter);

    /// <summary>A query returning the rowid of each document posted under the city, from its index; null if unsupported.</summary>
    public virtual string? CityCandidates(string city, Func<object, string> addParameter) => null;

    /// <summary>An expression for the first <paramref name="length"/> characters of the body.</summary>
    public abstract string Snippet(int length);

    /// <summary>The value to bind when comparing with <c>posted_at_utc</c>.</summary>
    public abstract object ToDbTime(DateTimeOffset value);

    public abstract DateTimeOffset? ReadTime(DbDataReader reader, int ordinal);

    /// <summary>The user's text as a literal LIKE pattern: its wildcards are escaped (ESCAPE '\'), then '%' appended.</summary>
    protected static string LikePrefix(string folded) =>
        folded
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
