namespace Ariadne.Extraction.Text;

/// <summary>Splits text into <see cref="Token"/>s in one pass; used by the word-level scanners.</summary>
internal static class Tokenizer
{
    public static void Tokenize(ReadOnlySpan<char> s, List<Token> tokens)
    {
        tokens.Clear();
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == ' ')
            {
                // The commonest character first: whitespace, no token.
                i++;
            }
            else if (c is '\n' or '\r')
            {
                tokens.Add(new Token(TokenKind.Break, i, i + 1));
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                var j = i + 1;
                while (j < s.Length && (char.IsAsciiLetter(s[j]) || char.IsLetter(s[j]) || char.GetUnicodeCategory(s[j]) == System.Globalization.UnicodeCategory.NonSpacingMark
                    || (s[j] is '\'' or '’' && j + 1 < s.Length && char.IsLetter(s[j + 1]))))
                {
                    j++;
                }

                tokens.Add(new Token(TokenKind.Word, i, j, Lexicon.Classify(s[i..j])));
                i = j;
            }
            else if (c is >= '0' and <= '9')
            {
                var j = i + 1;
                while (j < s.Length && (char.IsAsciiDigit(s[j]) || (s[j] is ',' or '.' && j + 1 < s.Length && char.IsAsciiDigit(s[j + 1]))))
                {
                    j++;
                }

                tokens.Add(new Token(TokenKind.Number, i, j));
                i = j;
            }
            else
            {
                var j = char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? i + 2 : i + 1;
                tokens.Add(new Token(TokenKind.Symbol, i, j));
                i = j;
            }
        }
    }
}
