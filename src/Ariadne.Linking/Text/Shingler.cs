namespace Ariadne.Linking.Text;

/// <summary>
/// Turns a text into hashed word shingles (runs of <see cref="Width"/> consecutive words). Words are letter/digit
/// runs folded to lower case; any word holding a digit becomes one placeholder word, so phone numbers, prices and
/// ages — the slots a template's copies change — do not make copies look different.
/// </summary>
public sealed class Shingler
{
    public const int DefaultWidth = 3;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong DigitWord = 0x9E3779B97F4A7C15UL;

    public Shingler(int width = DefaultWidth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        Width = width;
    }

    public int Width { get; }

    /// <summary>
    /// Writes the shingle hashes of <paramref name="text"/> into <paramref name="shingles"/> (cleared first) and
    /// returns their count. A text shorter than the width yields one shingle of all its words; an empty text none.
    /// </summary>
    public int Shingle(ReadOnlySpan<char> text, List<uint> shingles)
    {
        ArgumentNullException.ThrowIfNull(shingles);
        shingles.Clear();
        Span<ulong> window = stackalloc ulong[Width];
        var words = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var hash = FnvOffset;
            var hasDigit = false;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var c = text[i++];
                hasDigit |= char.IsDigit(c);
                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
            }

            window[words % Width] = hasDigit ? DigitWord : hash;
            words++;
            if (words >= Width)
            {
                shingles.Add(Combine(window, words));
            }
        }

        if (words is > 0 && words < Width)
        {
            shingles.Add(Combine(window, words));
        }

        return shingles.Count;
    }

    /// <summary>Hashes the last min(words, width) words in order (the window is a ring indexed by word count).</summary>
    private ulong CombineRaw(ReadOnlySpan<ulong> window, int words)
    {
        var n = Math.Min(words, Width);
        var h = 0xCBF29CE484222325UL;
        for (var k = n; k > 0; k--)
        {
            h = (h ^ window[(words - k) % Width]) * 0x100000001B3UL;
            h ^= h >> 29;
        }

        return h;
    }

    private uint Combine(ReadOnlySpan<ulong> window, int words)
    {
        var h = CombineRaw(window, words);
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return (uint)h;
    }
}
