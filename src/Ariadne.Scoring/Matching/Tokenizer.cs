using Ariadne.Extraction;

namespace Ariadne.Scoring.Matching;

/// <summary>
/// Splits text into folded words (runs of letters and digits) and emoji in one pass; an extracted entity becomes a
/// single placeholder token covering its span. The folded characters go to a reused buffer, so no string is made per word.
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
                var emoji = Emoji.Length(text, i);
                if (emoji > 0 && i + emoji <= (e < entities.Count ? entities[e].Start : text.Length))
                {
                    text.AsSpan(i, emoji).CopyTo(_buffer.AsSpan(used));
                    Tokens.Add(new TextToken(i, i + emoji, used, emoji));
                    used += emoji;
                    i += emoji;
                    continue;
                }

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
}
