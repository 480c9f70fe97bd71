using System.Data.Common;

namespace Ariadne.Store.Search;

/// <summary>The few places where search SQL differs between SQLite and PostgreSQL.</summary>
internal abstract class SearchDialect
{
    /// <summary>A predicate on documents aliased <c>d</c> that holds when every term matches title or body.</summary>
    public abstract string TextPredicate(IReadOnlyList<SearchTerm> terms, Func<object, string> addParameter);

    /// <summary>An expression for the first <paramref name="length"/> characters of the body.</summary>
    public abstract string Snippet(int length);

    /// <summary>The value to bind when comparing with <c>posted_at_utc</c>.</summary>
    public abstract object ToDbTime(DateTimeOffset value);

    public abstract DateTimeOffset? ReadTime(DbDataReader reader, int ordinal);
}
