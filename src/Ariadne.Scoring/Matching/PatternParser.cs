using System.Text;

namespace Ariadne.Scoring.Matching;

/// <summary>
/// Reads a rule phrase (syntax in rules/README.md, "Patterns"): words are folded as the text is, <c>word*</c> is a
/// word start, <c>(a|b|c)</c> a choice of words at one position, <c>~N</c> a gap of up to N words, <c>{type}</c> an
/// extracted entity, and an emoji stands for itself. Compiled once per rule, so allocation does not matter here.
/// </summary>
internal static class PatternParser
{
    /// <summary>The widest gap a phrase may hold: wider gaps would match words that are not about each other.</summary>
    public const int MaxGap = 4;

    /// <summary>A word start needs this many letters, so <c>a*</c> cannot match every word.</summary>
    public const int MinPrefix = 3;

    /// <summary>The phrase's tokens, or the first problem found.</summary>
    public static (List<PatternToken> Tokens, string? Error) Parse(string phrase)
    {
        var tokens = new List<PatternToken>();
        var i = 0;
        while (i < phrase.Length)
        {
            var c = phrase[i];
            if (c == '{' && phrase.IndexOf('}', i) < 0)
            {
                return (tokens, $"unclosed placeholder at '{phrase[i..]}'");
            }
            else if (c == '(')
            {
                var close = phrase.IndexOf(')', i);
                if (close < 0)
                {
                    return (tokens, $"unclosed choice at '{phrase[i..]}'");
                }

                var (token, error) = Choice(phrase[(i + 1)..close], close + 1 < phrase.Length && phrase[close + 1] == '*');
                if (error is not null)
                {
                    return (tokens, error);
                }

                tokens.Add(token!);
                i = close + 1 + (token!.Kind == PatternTokenKind.Prefix ? 1 : 0);
            }
            else if (c == '~')
            {
                var j = i + 1;
                while (j < phrase.Length && char.IsAsciiDigit(phrase[j]))
                {
                    j++;
                }

                if (!int.TryParse(phrase.AsSpan(i + 1, j - i - 1), out var gap) || gap < 1 || gap > MaxGap)
                {
                    return (tokens, $"a gap is ~1 to ~{MaxGap} (up to that many words in between)");
                }

                tokens.Add(new PatternToken(PatternTokenKind.Gap, [], gap));
                i = j;
            }
            else if (ReadAtom(phrase, ref i) is { } atom)
            {
                // Only a word can be a word start: "{price}*" or an emoji followed by '*' stays itself.
                var prefix = WordFolding.IsWordChar(atom[0]) && i < phrase.Length && phrase[i] == '*';
                if (prefix)
                {
                    if (atom.Length < MinPrefix)
                    {
                        return (tokens, $"a word start needs at least {MinPrefix} letters ('{atom}*' would match too much)");
                    }

                    i++;
                }

                tokens.Add(new PatternToken(prefix ? PatternTokenKind.Prefix : PatternTokenKind.Word, [atom]));
            }
            else
            {
                i++;
            }
        }

        return (tokens, null);
    }

    private static (PatternToken? Token, string? Error) Choice(string inside, bool prefix)
    {
        var alternatives = new List<string>();
        foreach (var part in inside.Split('|'))
        {
            var words = Words(part);
            if (words.Count == 0)
            {
                return (null, "a choice has an empty alternative");
            }

            if (prefix && words.Count != 1)
            {
                return (null, $"a choice of word starts holds single words ('{part.Trim()}' is not one word)");
            }

            if (prefix && words[0].Length < MinPrefix)
            {
                return (null, $"a word start needs at least {MinPrefix} letters ('{words[0]}*' would match too much)");
            }

            if (words.Any(w => w.StartsWith('{')))
            {
                var known = words.FirstOrDefault(w => w.StartsWith('{') && !Placeholders.IsKnown(w));
                if (known is not null)
                {
                    return (null, $"unknown placeholder '{known}'");
                }
            }

            alternatives.Add(string.Join(' ', words));
        }

        return (new PatternToken(prefix ? PatternTokenKind.Prefix : PatternTokenKind.Word, alternatives.Distinct(StringComparer.Ordinal).ToList()), null);
    }

    /// <summary>The folded words, placeholders and emoji of one alternative ("day and night" is three words).</summary>
    private static List<string> Words(string part)
    {
        var words = new List<string>();
        var i = 0;
        while (i < part.Length)
        {
            if (ReadAtom(part, ref i) is { } atom)
            {
                words.Add(atom);
            }
            else
            {
                i++;
            }
        }

        return words;
    }

    /// <summary>
    /// The placeholder (<c>{type}</c>, lower-cased), emoji or folded word that starts at <paramref name="i"/>, moving
    /// <paramref name="i"/> past it; null, with <paramref name="i"/> unchanged, when none starts there.
    /// </summary>
    private static string? ReadAtom(string text, ref int i)
    {
        if (text[i] == '{' && text.IndexOf('}', i) is var close && close > i)
        {
            var placeholder = text[i..(close + 1)].ToLowerInvariant();
            i = close + 1;
            return placeholder;
        }

        if (Emoji.Length(text, i) is var n && n > 0)
        {
            var emoji = text.Substring(i, n);
            i += n;
            return emoji;
        }

        if (!WordFolding.IsWordChar(text[i]))
        {
            return null;
        }

        var word = new StringBuilder();
        while (i < text.Length && WordFolding.IsWordChar(text[i]))
        {
            word.Append(WordFolding.Fold(text[i]));
            i++;
        }

        return word.ToString();
    }
}
