using Ariadne.Extraction;

namespace Ariadne.Scoring.Matching;

/// <summary>
/// Splits text into folded words (runs of letters and digits) in one pass; an extracted entity becomes a single
/// placeholder token covering its span. The folded characters go to a reused buffer, so no string is made per word.
/// </summary>
internal sealed class Tokenizer
{
    private char[] _buffer = new char[1024];

    public List<TextToken> Tokens { get; } = new(128);

    public ReadOnlySpan<char> TextOf(TextToken token) => _buffer.AsSpan(token.BufferStart, token.BufferLength);

    public void Run(string text, IReadOnlyList<ExtractedEntity> entities)
    {
        Tokens.Clear();
        if (_buffer.Length < text.Length + (entities.Count * 16))
        {
            _buffer = new char[Math.Max(_buffer.Length * 2, text.Length + (entities.Count * 16))];
        }

        var used = 0;
        var e = 0;
        var i = 0;
        while (i < text.Length)
        {
            while (e < entities.Count && entities[e].End <= i)
            {
                e++;
            }

            if (e < entities.Count && entities[e].Start <= i && i < entities[e].End)
            {
                var entity = entities[e];
                var placeholder = Placeholders.For(entity.Type);
                placeholder.CopyTo(_buffer.AsSpan(used));
                Tokens.Add(new TextToken(entity.Start, entity.End, used, placeholder.Length));
                used += placeholder.Length;
                i = entity.End;
                e++;
                continue;
            }

            if (!WordFolding.IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var from = used;
            var stop = e < entities.Count ? entities[e].Start : int.MaxValue;
            while (i < text.Length && i < stop && WordFolding.IsWordChar(text[i]))
            {
                _buffer[used++] = WordFolding.Fold(text[i]);
                i++;
            }

            Tokens.Add(new TextToken(start, i, from, used - from));
        }
    }

    /// <summary>Tokens of a pattern phrase, as strings (patterns are compiled once, so allocation is fine here).</summary>
    public static List<string> PatternTokens(string phrase)
    {
        var result = new List<string>();
        var i = 0;
        while (i < phrase.Length)
        {
            if (phrase[i] == '{')
            {
                var close = phrase.IndexOf('}', i);
                if (close < 0)
                {
                    result.Add(phrase[i..]);
                    break;
                }

                result.Add(phrase[i..(close + 1)].ToLowerInvariant());
                i = close + 1;
                continue;
            }

            if (!WordFolding.IsWordChar(phrase[i]))
            {
                i++;
                continue;
            }

            var chars = new System.Text.StringBuilder();
            while (i < phrase.Length && WordFolding.IsWordChar(phrase[i]))
            {
                chars.Append(WordFolding.Fold(phrase[i]));
                i++;
            }

            result.Add(chars.ToString());
        }

        return result;
    }
}
