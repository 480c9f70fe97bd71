using System.Globalization;
using Ariadne.Core.Entities;
using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Facts;

/// <summary>
/// Stated ages: "19yo", "19 y/o", "19 years old", "age: nineteen", "aged 19", "diecinueve años", "j'ai 21 ans",
/// "tenho 20 anos", "just turned 18". A bare number is never an age; the span covers the whole phrase.
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
                return Emit(sink, value, start, suffixEnd, afterSuffix);
            }
        }

        return t + 1;
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
