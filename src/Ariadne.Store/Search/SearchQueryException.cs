namespace Ariadne.Store.Search;

/// <summary>A query the language refuses (too long, too many terms, a short prefix, a bad field value); the message says why.</summary>
public sealed class SearchQueryException : ArgumentException
{
    public SearchQueryException()
    {
    }

    public SearchQueryException(string message)
        : base(message)
    {
    }

    public SearchQueryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
