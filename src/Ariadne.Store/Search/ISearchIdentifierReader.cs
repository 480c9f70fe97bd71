using Ariadne.Core.Entities;

namespace Ariadne.Store.Search;

/// <summary>
/// Reads identifiers in query text the way extraction normalises them in documents. The store knows no extraction
/// engine, so the caller supplies one (Investigation's <c>SearchIdentifiers</c>); without it, words stay words.
/// </summary>
public interface ISearchIdentifierReader
{
    /// <summary>
    /// The identifier that <paramref name="text"/> (one word, or a run of words joined by single spaces) is
    /// written as in full, or null. Must not throw.
    /// </summary>
    SearchIdentifier? ReadText(string text);

    /// <summary>The value of a <c>phone:</c>, <c>email:</c>, <c>handle:</c> or <c>wallet:</c> filter in any format, or null. Must not throw.</summary>
    SearchIdentifier? ReadValue(EntityType type, string value);
}
