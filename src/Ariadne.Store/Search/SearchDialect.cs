using System.Data.Common;

namespace Ariadne.Store.Search;

/// <summary>The few places where search SQL differs between SQLite and PostgreSQL.</summary>
internal abstract class SearchDialect
{
    /// <summary>A predicate on documents aliased <c>d</c> that holds when every term matches title or body.</summary>
    public abstract string TextPredicate(IReadOnlyList<SearchTerm> terms, Func<object, string> addParameter);

    /// <summary>
    /// True when the searcher must pick which filter leads the plan (SQLite: no statistics on how many documents
    /// a word or an identifier matches, so its planner cannot); false when the engine's planner does (PostgreSQL).
    /// </summary>
    public virtual bool SearcherPicksDriver => false;

    /// <summary>
    /// The same predicate as <see cref="TextPredicate"/>, shaped to be tested one document at a time while the
    /// documents are read in page order (for a word that matches a large share of the corpus).
    /// </summary>
    public virtual string TextProbe(IReadOnlyList<SearchTerm> terms, Func<object, string> addParameter) =>
        TextPredicate(terms, addParameter);

    /// <summary>A query returning one row per document whose text matches, for counting candidates; null if unsupported.</summary>
    public virtual string? TextCandidates(IReadOnlyList<SearchTerm> terms, Func<object, string> addParameter) => null;

    /// <summary>An expression for the first <paramref name="length"/> characters of the body.</summary>
    public abstract string Snippet(int length);

    /// <summary>The value to bind when comparing with <c>posted_at_utc</c>.</summary>
    public abstract object ToDbTime(DateTimeOffset value);

    public abstract DateTimeOffset? ReadTime(DbDataReader reader, int ordinal);
}
