using System.Globalization;
using Ariadne.Core.Entities;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Facts;

/// <summary>
/// Stated ages: "19yo", "19 y/o", "19 years old", "age: nineteen", "aged 19", "diecinueve años", "j'ai 21 ans",
/// "tenho 20 anos", "just turned 18", "22 añitos"; and a bare number where the writing makes it one: after a
/// name in parentheses ("Lina (24)") or between commas ("Lina, 27, visiting"), and after "I'm"/"I am" ("I'm 30
/// and…", but not "I'm 5'4", "I'm 100%", "21+"). Years of experience are no age. The span covers the phrase.
/// </summary>
internal static class AgeScanner
{
    public static void Scan(string text, List<Token> tokens, List<Candidate> sink)
    {
        var t = 0;
        while (t < tokens.Count)
        {
            var next = TryAt(text, tokens, t, sink);
            t = next > t ? next : t + 1;
        }
    }

    private static int TryAt(string text, List<Token> tokens, int t, List<Candidate> sink)
    {
        // Every branch below needs an age word or a number (digits, or a spelled number's first word) here.
        var token = tokens[t];
        if (token.Kind != TokenKind.Number && (token.Class & (WordClass.AgePrefix | WordClass.AgeSaying | WordClass.NumberStart)) == 0)
        {
            return t + 1;
        }

        var start = token.Start;
        if (TokenText.Has(tokens, t, WordClass.AgePrefix))
        {
            var k = t + 1;
            if (TokenText.IsSymbol(text, tokens, k, ':') || TokenText.IsSymbol(text, tokens, k, '-'))
            {
                k++;
            }

            if (TokenText.TryNumber(text, tokens, k, out var v, out var after) && IsAge(v))
            {
                var end = tokens[after - 1].End;
                var suffixEnd = SuffixEnd(text, tokens, after, out var afterSuffix);
                return Emit(sink, v, start, suffixEnd > 0 ? suffixEnd : end, suffixEnd > 0 ? afterSuffix : after);
            }

            return t + 1;
        }

        // The lexicon's sayings ("tengo", "j'ai"…, see Lexicon) include "just", which only counts before "turned".
        var just = TokenText.Is(text, tokens[t], "just");
        if (TokenText.Has(tokens, t, WordClass.AgeSaying) && (!just || (t + 1 < tokens.Count && TokenText.Is(text, tokens[t + 1], "turned"))))
        {
            var k = just ? t + 2 : t + 1;
            if (TokenText.TryNumber(text, tokens, k, out var v, out var after) && IsAge(v))
            {
                var suffixEnd = SuffixEnd(text, tokens, after, out var afterSuffix);
                if (suffixEnd > 0)
                {
                    return Emit(sink, v, start, suffixEnd, afterSuffix);
                }

                if (k == t + 2)
                {
                    return Emit(sink, v, start, tokens[after - 1].End, after);
                }
            }

            return t + 1;
        }

        if (TokenText.TryNumber(text, tokens, t, out var value, out var nextToken) && IsAge(value))
        {
            var suffixEnd = SuffixEnd(text, tokens, nextToken, out var afterSuffix);
            if (suffixEnd > 0)
            {
                return IsExperience(text, tokens, afterSuffix) ? afterSuffix : Emit(sink, value, start, suffixEnd, afterSuffix);
            }

            if (token.Kind == TokenKind.Number && value >= 18 && BareAgeInContext(text, tokens, t))
            {
                return Emit(sink, value, start, token.End, t + 1);
            }
        }

        return t + 1;
    }

    // "Lina (24)", "Lina, 27, visiting", "new girl, 19, sweet", "I'm 30 and", "I am 25,".
    private static bool BareAgeInContext(string text, List<Token> tokens, int t)
    {
        if (tokens[t].Length > 2 || t == 0)
        {
            return false;
        }

        var before = tokens[t - 1];
        var after = t + 1 < tokens.Count ? tokens[t + 1] : default;
        var atEnd = t + 1 >= tokens.Count;
        // "(33) 1234-5622" is an area code: a number right after the parenthesis is no age.
        if (TokenText.IsSymbol(text, tokens, t - 1, '(') && TokenText.IsSymbol(text, tokens, t + 1, ')') && t >= 2 && tokens[t - 2].Kind == TokenKind.Word
            && !(t + 2 < tokens.Count && tokens[t + 2].Kind == TokenKind.Number))
        {
            return true;
        }

        if (TokenText.IsSymbol(text, tokens, t - 1, ',') && t >= 2 && tokens[t - 2].Kind == TokenKind.Word
            && (atEnd || after.Kind == TokenKind.Break || (after.Kind == TokenKind.Symbol && text[after.Start] is ',' or '!' or ')' or '•' or '|' or ';')
                || (after.Kind == TokenKind.Symbol && text[after.Start] == '.' && (t + 2 >= tokens.Count || tokens[t + 2].Start > after.End))))
        {
            return true;
        }

        // "I'm 30", "im 30", "I am 30": not a height (5'4), a share (100%), a time (24/7) or a measure (30 kg).
        var saying = (before.Kind == TokenKind.Word && (TokenText.Is(text, before, "i'm") || TokenText.Is(text, before, "im")))
            || (t >= 2 && TokenText.Is(text, before, "am") && TokenText.Is(text, tokens[t - 2], "i"));
        if (!saying || before.End == tokens[t].Start)
        {
            return false;
        }

        if (atEnd || after.Kind == TokenKind.Break)
        {
            return true;
        }

        if (after.Start == tokens[t].End && after.Kind != TokenKind.Symbol)
        {
            return false;
        }

        return after.Kind switch
        {
            TokenKind.Symbol => text[after.Start] is ',' or '.' or '!' or ')' or '-' && !(text[after.Start] == '.' && t + 2 < tokens.Count && tokens[t + 2].Start == after.End),
            TokenKind.Word => (after.Class & (WordClass.Currency | WordClass.AgeSuffix)) == 0 && !IsMeasure(text, after),
            _ => false,
        };
    }

    private static bool IsMeasure(string text, Token word) =>
        TokenText.Is(text, word, "lbs") || TokenText.Is(text, word, "kg") || TokenText.Is(text, word, "cm") || TokenText.Is(text, word, "ft")
        || TokenText.Is(text, word, "feet") || TokenText.Is(text, word, "inches") || TokenText.Is(text, word, "min") || TokenText.Is(text, word, "mins")
        || TokenText.Is(text, word, "minutes") || TokenText.Is(text, word, "hours") || TokenText.Is(text, word, "hrs") || TokenText.Is(text, word, "miles")
        || TokenText.Is(text, word, "percent") || TokenText.Is(text, word, "dd") || TokenText.Is(text, word, "c") || TokenText.Is(text, word, "d");

    // "10 years experience", "15 años de experiencia", "5 ans d'expérience", "3 years ago": a duration, not an age.
    private static bool IsExperience(string text, List<Token> tokens, int k)
    {
        if (k < tokens.Count && TokenText.Is(text, tokens[k], "de"))
        {
            k++;
        }

        return k < tokens.Count && (TokenText.Is(text, tokens[k], "experience") || TokenText.Is(text, tokens[k], "exp")
            || TokenText.Is(text, tokens[k], "experiencia") || TokenText.Is(text, tokens[k], "d'experience") || TokenText.Is(text, tokens[k], "ago")
            || TokenText.Is(text, tokens[k], "atras")
            || (TokenText.Is(text, tokens[k], "in") && k + 1 < tokens.Count && TokenText.Is(text, tokens[k + 1], "business")));
    }

    private static bool IsAge(int v) => v is >= 12 and <= 99;

    private static int Emit(List<Candidate> sink, int value, int start, int end, int next)
    {
        sink.Add(new Candidate(new ExtractedEntity(EntityType.Age, value.ToString(CultureInfo.InvariantCulture), start, end), Candidate.AgePriority));
        return next;
    }

    // "yo", "y/o", "y.o.", "yrs", "years old", "años", "ans", "anos": returns the end offset or 0.
    private static int SuffixEnd(string text, List<Token> tokens, int k, out int after)
    {
        after = k;
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word || tokens[k].Start - tokens[k - 1].End > 1)
        {
            return 0;
        }

        if (TokenText.Is(text, tokens[k], "y") && (TokenText.IsSymbol(text, tokens, k + 1, '/') || TokenText.IsSymbol(text, tokens, k + 1, '.'))
            && k + 2 < tokens.Count && TokenText.Is(text, tokens[k + 2], "o"))
        {
            after = k + 3;
            if (TokenText.IsSymbol(text, tokens, after, '.') && tokens[after].Start == tokens[after - 1].End)
            {
                after++;
            }

            return tokens[after - 1].End;
        }

        if (!TokenText.Has(tokens, k, WordClass.AgeSuffix))
        {
            return 0;
        }

        after = k + 1;
        if (TokenText.Has(tokens, k, WordClass.AgeYears) && after < tokens.Count && TokenText.Is(text, tokens[after], "old"))
        {
            after++;
        }

        return tokens[after - 1].End;
    }
}
