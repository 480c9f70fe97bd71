using System.Globalization;
using System.Text;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;

namespace Ariadne.Store.Search;

/// <summary>
/// The query language of the search page, the API and the CLI: words (all must match), <c>"phrases"</c>,
/// <c>prefix*</c>, <c>OR</c> / <c>|</c>, <c>NOT</c> / <c>-word</c>, parentheses and the field filters <c>phone:</c>,
/// <c>email:</c>, <c>handle:</c>, <c>wallet:</c>, <c>city:</c>, <c>country:</c>, <c>kind:</c>, <c>source:</c> (values
/// may be quoted). A word or a run of words that reads as an identifier becomes one (see <see cref="ISearchIdentifierReader"/>).
/// </summary>
/// <remarks>
/// The parser never throws on any text: what it cannot read is taken literally or dropped (an unmatched quote runs to
/// the end, an unmatched parenthesis closes at the end or is ignored, a term without a letter or digit is dropped).
/// It refuses, with a message, only what <see cref="SearchLimits"/> bounds and field values that name nothing.
/// Operators are upper case (<c>OR</c>, <c>NOT</c>, <c>AND</c>), so "or" and "not" in ad text stay words.
/// </remarks>
public static class SearchQueryParser
{
    /// <summary>The error that <paramref name="text"/> would be refused with, or null when it is a valid query.</summary>
    public static string? Validate(string? text, ISearchIdentifierReader? identifiers) =>
        TryParse(text, identifiers, out _, out var error) ? null : error;

    internal static SearchNode? Parse(string? text, ISearchIdentifierReader? identifiers) =>
        TryParse(text, identifiers, out var node, out var error) ? node : throw new SearchQueryException(error!);

    internal static bool TryParse(string? text, ISearchIdentifierReader? identifiers, out SearchNode? node, out string? error)
    {
        node = null;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (text.Length > SearchLimits.MaxLength)
        {
            error = $"the query has {text.Length:N0} characters; at most {SearchLimits.MaxLength} are allowed.";
            return false;
        }

        var tokens = SearchQueryTokenizer.Tokenize(Sanitise(text));
        var counted = tokens.Count(t => t.Kind is not (QueryTokenKind.LParen or QueryTokenKind.RParen or QueryTokenKind.And));
        if (counted > SearchLimits.MaxTerms)
        {
            error = $"the query has {counted} terms and operators; at most {SearchLimits.MaxTerms} are allowed.";
            return false;
        }

        var parser = new Parser(tokens, identifiers);
        try
        {
            node = parser.ParseOr(0);
            return true;
        }
        catch (SearchQueryException e)
        {
            error = e.Message;
            return false;
        }
    }

    /// <summary>Recursive descent over the tokens; refusals are thrown as <see cref="SearchQueryException"/> and caught above.</summary>
    private sealed class Parser(List<QueryToken> tokens, ISearchIdentifierReader? identifiers)
    {
        // Longest run of words tried as one identifier ("+1 713 555 0171" is four).
        private const int MaxRun = 6;

        private int _at;

        public SearchNode? ParseOr(int depth)
        {
            var items = new List<SearchNode>();
            while (_at < tokens.Count)
            {
                if (tokens[_at].Kind == QueryTokenKind.Or)
                {
                    _at++;
                    continue;
                }

                if (tokens[_at].Kind == QueryTokenKind.RParen)
                {
                    if (depth > 0)
                    {
                        break;
                    }

                    _at++; // a stray ')' at the top level means nothing
                    continue;
                }

                if (ParseAnd(depth) is { } and)
                {
                    items.Add(and);
                }
            }

            return Combine(items, any: true);
        }

        private SearchNode? ParseAnd(int depth)
        {
            var items = new List<SearchNode>();
            while (_at < tokens.Count && tokens[_at].Kind is not (QueryTokenKind.Or or QueryTokenKind.RParen))
            {
                if (tokens[_at].Kind == QueryTokenKind.And)
                {
                    _at++;
                    continue;
                }

                if (ParseUnary(depth) is { } item)
                {
                    items.Add(item);
                }
            }

            return Combine(ReadWords(items), any: false);
        }

        private SearchNode? ParseUnary(int depth)
        {
            var token = tokens[_at++];
            switch (token.Kind)
            {
                case QueryTokenKind.Not:
                    if (_at >= tokens.Count || tokens[_at].Kind is QueryTokenKind.Or or QueryTokenKind.RParen)
                    {
                        return null;
                    }

                    var inner = ParseUnary(depth);
                    return inner switch
                    {
                        null => null,
                        NotNode twice => twice.Item,
                        RawWord w => Word(w.Text) is { } word ? new NotNode(word) : null,
                        _ => new NotNode(inner),
                    };
                case QueryTokenKind.LParen:
                    if (depth >= SearchLimits.MaxDepth)
                    {
                        throw new SearchQueryException($"parentheses are nested more than {SearchLimits.MaxDepth} deep.");
                    }

                    var group = ParseOr(depth + 1);
                    if (_at < tokens.Count && tokens[_at].Kind == QueryTokenKind.RParen)
                    {
                        _at++;
                    }

                    return group;
                case QueryTokenKind.Phrase:
                    return HasLetterOrDigit(token.Text) ? new TermNode(new SearchTerm(SearchTermKind.Phrase, token.Text.Trim())) : null;
                case QueryTokenKind.Field:
                    return Field(token.Field!, token.Text);
                case QueryTokenKind.Word:
                    return token.Text.EndsWith('*') ? Prefix(token.Text) : HasLetterOrDigit(token.Text) ? new RawWord(token.Text) : null;
                default:
                    return null;
            }
        }

        // Runs of plain words are read as identifiers where they spell one in full (longest first), else as words.
        private List<SearchNode> ReadWords(List<SearchNode> items)
        {
            var result = new List<SearchNode>(items.Count);
            for (var i = 0; i < items.Count;)
            {
                if (items[i] is not RawWord)
                {
                    result.Add(items[i++]);
                    continue;
                }

                var end = i;
                while (end < items.Count && items[end] is RawWord)
                {
                    end++;
                }

                var words = items[i..end].Cast<RawWord>().Select(w => w.Text).ToList();
                for (var w = 0; w < words.Count;)
                {
                    var (node, used) = LongestIdentifier(words, w);
                    if ((node ?? Word(words[w])) is { } read)
                    {
                        result.Add(read);
                    }

                    w += Math.Max(used, 1);
                }

                i = end;
            }

            return result;
        }

        private (SearchNode? Node, int Used) LongestIdentifier(List<string> words, int from)
        {
            if (identifiers is null)
            {
                return (null, 0);
            }

            // Only digits and the signs written between them (+ - . / parentheses) make a multi-word phone.
            var longest = 1;
            while (longest < MaxRun && from + longest < words.Count && IsPhoneLike(words[from]) && IsPhoneLike(words[from + longest]))
            {
                longest++;
            }

            for (var n = longest; n >= 1; n--)
            {
                if (identifiers.ReadText(string.Join(' ', words.Skip(from).Take(n))) is { } id && id.Values.Count > 0)
                {
                    return (new IdentifierNode(id), n);
                }
            }

            return (null, 0);
        }

        private SearchNode Field(string field, string value)
        {
            value = value.Trim();
            if (value.Length == 0)
            {
                throw new SearchQueryException($"{field}: give a value, e.g. {field}:\"…\".");
            }

            switch (field)
            {
                case "city":
                    return new FieldNode(SearchField.City, value);
                case "source":
                    return new FieldNode(SearchField.Source, value);
                case "country":
                    var country = value.ToUpperInvariant();
                    return country.Length == 2 && country.All(char.IsAsciiLetterUpper)
                        ? new FieldNode(SearchField.Country, country)
                        : throw new SearchQueryException($"country: '{value}' is not a two-letter ISO country code such as US or GB.");
                case "kind":
                    return DocumentKinds.TryParse(value, out var kind)
                        ? new FieldNode(SearchField.Kind, kind.ToWireName())
                        : throw new SearchQueryException($"kind: '{value}' is not a document kind; use ad, post, chat or tip.");
                default:
                    var type = field switch
                    {
                        "phone" => EntityType.Phone,
                        "email" => EntityType.Email,
                        "handle" => EntityType.Handle,
                        _ => EntityType.Crypto,
                    };
                    if (identifiers is null)
                    {
                        // No reader: the value is taken as stored (the store's own tests and callers that normalise).
                        return new IdentifierNode(new SearchIdentifier(type, [value], []));
                    }

                    return identifiers.ReadValue(type, value) is { Values.Count: > 0 } id
                        ? new IdentifierNode(id)
                        : throw new SearchQueryException($"{field}: '{value}' is not {Article(field)} {field} in any form we read.");
            }
        }

        private static string Article(string field) => field is "email" ? "an" : "a";

        private static TermNode? Word(string word) =>
            HasLetterOrDigit(word) ? new TermNode(new SearchTerm(SearchTermKind.Word, word)) : null;

        // "foo-ba*": the last run is the prefix, earlier runs are plain words. Only letters and digits reach
        // the prefix syntax of either engine.
        private static SearchNode? Prefix(string word)
        {
            var runs = AlphanumericRuns(word);
            if (runs.Count == 0)
            {
                return null;
            }

            if (runs[^1].Length < SearchLimits.MinPrefixLength)
            {
                throw new SearchQueryException(
                    $"'{runs[^1]}*' is too short a prefix: give at least {SearchLimits.MinPrefixLength} letters or digits before the *.");
            }

            var terms = runs.Select((r, i) => (SearchNode)new TermNode(new SearchTerm(i == runs.Count - 1 ? SearchTermKind.Prefix : SearchTermKind.Word, r))).ToList();
            return Combine(terms, any: false);
        }

        private static bool IsPhoneLike(string word)
        {
            var digit = false;
            foreach (var c in word)
            {
                if (char.IsAsciiDigit(c))
                {
                    digit = true;
                }
                else if (c is not ('+' or '-' or '.' or '/' or '(' or ')'))
                {
                    return false;
                }
            }

            return digit;
        }

        private static SearchNode? Combine(List<SearchNode> items, bool any)
        {
            var flat = new List<SearchNode>(items.Count);
            foreach (var item in items)
            {
                switch (item)
                {
                    case null:
                        break;
                    case AndNode a when !any:
                        flat.AddRange(a.Items);
                        break;
                    case OrNode o when any:
                        flat.AddRange(o.Items);
                        break;
                    case RawWord w:
                        if (Word(w.Text) is { } term)
                        {
                            flat.Add(term);
                        }

                        break;
                    default:
                        flat.Add(item);
                        break;
                }
            }

            return flat.Count switch
            {
                0 => null,
                1 => flat[0],
                _ => any ? new OrNode(flat) : new AndNode(flat),
            };
        }
    }

    /// <summary>A plain word before the parser has seen whether it belongs to an identifier.</summary>
    private sealed record RawWord(string Text) : SearchNode;

    /// <summary>
    /// The text with what no engine accepts in a string replaced: a lone UTF-16 surrogate (it cannot be encoded as
    /// UTF-8 for PostgreSQL) by U+FFFD, and NUL (PostgreSQL text cannot hold it) by a space.
    /// </summary>
    internal static string Sanitise(string text)
    {
        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (c == '\0')
            {
                replacement = " ";
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            else if (char.IsSurrogate(c))
            {
                replacement = "\uFFFD";
            }

            if (replacement is not null)
            {
                sb ??= new StringBuilder(text, 0, i, text.Length);
                sb.Append(replacement);
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? text;
    }

    /// <summary>The runs of letters and digits in <paramref name="s"/>: what both engines' tokenizers keep.</summary>
    internal static List<string> AlphanumericRuns(string s)
    {
        var runs = new List<string>();
        var sb = new StringBuilder();
        foreach (var rune in s.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark)
            {
                sb.Append(rune.ToString());
            }
            else if (sb.Length > 0)
            {
                runs.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            runs.Add(sb.ToString());
        }

        return runs;
    }

    internal static bool HasLetterOrDigit(string s)
    {
        foreach (var rune in s.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }
}
