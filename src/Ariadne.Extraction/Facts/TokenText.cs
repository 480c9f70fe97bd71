using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Facts;

/// <summary>Small helpers the word-level scanners share: token text tests and spelled or written numbers.</summary>
internal static class TokenText
{
    public static bool Is(string text, Token token, string folded) =>
        token.Kind == TokenKind.Word && TextFold.EqualsFolded(text.AsSpan(token.Start, token.Length), folded);

    public static bool IsSymbol(string text, List<Token> tokens, int k, char c) =>
        k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] == c;

    /// <summary>True when token <paramref name="k"/> exists and is a word of class <paramref name="c"/>.</summary>
    public static bool Has(List<Token> tokens, int k, WordClass c) => k < tokens.Count && (tokens[k].Class & c) != 0;

    public static bool IsAny(string text, List<Token> tokens, int k, string[] folded)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word)
        {
            return false;
        }

        foreach (var f in folded)
        {
            if (TextFold.EqualsFolded(text.AsSpan(tokens[k].Start, tokens[k].Length), f))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A whole number starting at token <paramref name="t"/>: digits ("19") or up to three spelled words
    /// ("nineteen", "twenty-one", "vingt et un"). <paramref name="next"/> is the first token after it.
    /// </summary>
    public static bool TryNumber(string text, List<Token> tokens, int t, out int value, out int next)
    {
        value = -1;
        next = t;
        if (t >= tokens.Count)
        {
            return false;
        }

        var tok = tokens[t];
        if (tok.Kind == TokenKind.Number)
        {
            // At most three ASCII digits (a token with ',' or '.' is no small number): read them directly.
            if (tok.Length > 3)
            {
                return false;
            }

            var v = 0;
            foreach (var c in text.AsSpan(tok.Start, tok.Length))
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }

                v = (v * 10) + (c - '0');
            }

            value = v;

            next = t + 1;
            return true;
        }

        // Cheap reject: every spelled number starts with a word the lexicon marked while tokenizing.
        if (tok.Kind != TokenKind.Word || (tok.Class & WordClass.NumberStart) == 0)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[48];
        // Longest first: "vingt et un" before "vingt"; words may be joined by hyphens ("twenty-one").
        var last = -1;
        var words = 0;
        var k = t;
        Span<int> endToken = stackalloc int[NumberWords.MaxWords];
        Span<int> endOffset = stackalloc int[NumberWords.MaxWords];
        while (k < tokens.Count && words < NumberWords.MaxWords)
        {
            if (tokens[k].Kind != TokenKind.Word)
            {
                break;
            }

            endToken[words] = k;
            endOffset[words++] = tokens[k].End;
            k++;
            if (k < tokens.Count && tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] == '-' && tokens[k].Start == tokens[k - 1].End)
            {
                k++;
            }
        }

        for (var w = words - 1; w >= 0; w--)
        {
            var n = NumberWords.Normalise(text.AsSpan(tok.Start, endOffset[w] - tok.Start), buffer);
            if (n > 0 && NumberWords.Number(buffer[..n]) is var v and >= 0)
            {
                value = v;
                last = endToken[w];
                break;
            }
        }

        if (last < 0)
        {
            return false;
        }

        next = last + 1;
        return true;
    }
}
