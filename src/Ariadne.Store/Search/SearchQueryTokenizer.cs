using System.Collections.Frozen;

namespace Ariadne.Store.Search;

/// <summary>Cuts query text into tokens; every character is consumed, so any text ends.</summary>
internal static class SearchQueryTokenizer
{
    private static readonly FrozenSet<string> Fields =
        new[] { "phone", "email", "handle", "wallet", "city", "country", "kind", "source" }.ToFrozenSet(StringComparer.Ordinal);

    public static List<QueryToken> Tokenize(string text)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c == '(' && AreaCode(text, i) is > 0 and var length)
            {
                // "(713) 555-0171": digits in parentheses are part of a phone, not a group.
                tokens.Add(new QueryToken(QueryTokenKind.Word, text.Substring(i, length)));
                i += length;
            }
            else if (c == '(')
            {
                tokens.Add(new QueryToken(QueryTokenKind.LParen, "("));
                i++;
            }
            else if (c == ')')
            {
                tokens.Add(new QueryToken(QueryTokenKind.RParen, ")"));
                i++;
            }
            else if (c == '|')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Or, "|"));
                i++;
            }
            else if (c == '"')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Phrase, Quoted(text, ref i)));
            }
            else if (c == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]) && text[i + 1] != '-')
            {
                tokens.Add(new QueryToken(QueryTokenKind.Not, "-"));
                i++;
            }
            else
            {
                var start = i;
                while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '(' or ')' or '|'))
                {
                    i++;
                }

                var word = text[start..i];
                var colon = word.IndexOf(':', StringComparison.Ordinal);
                var field = colon > 0 ? word[..colon].ToLowerInvariant() : null;
                if (field is not null && Fields.Contains(field))
                {
                    var value = word[(colon + 1)..];
                    if (value.Length == 0 && i < text.Length && text[i] == '"')
                    {
                        value = Quoted(text, ref i);
                    }

                    tokens.Add(new QueryToken(QueryTokenKind.Field, value, field));
                }
                else
                {
                    tokens.Add(word switch
                    {
                        "OR" => new QueryToken(QueryTokenKind.Or, word),
                        "AND" => new QueryToken(QueryTokenKind.And, word),
                        "NOT" => new QueryToken(QueryTokenKind.Not, word),
                        _ => new QueryToken(QueryTokenKind.Word, word),
                    });
                }
            }
        }

        return tokens;
    }

    // The text between a quote at i and the next quote (or the end); i moves past it.
    private static string Quoted(string text, ref int i)
    {
        var end = text.IndexOf('"', i + 1);
        var inner = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
        i = end < 0 ? text.Length : end + 1;
        return inner;
    }

    // Length of "(713)" or "(+44)" at i (one to four digits, optional '+'), else 0.
    private static int AreaCode(string text, int i)
    {
        var j = i + 1;
        if (j < text.Length && text[j] == '+')
        {
            j++;
        }

        var digits = 0;
        while (j < text.Length && char.IsAsciiDigit(text[j]) && digits < 5)
        {
            j++;
            digits++;
        }

        return digits is >= 1 and <= 4 && j < text.Length && text[j] == ')' ? j + 1 - i : 0;
    }
}
