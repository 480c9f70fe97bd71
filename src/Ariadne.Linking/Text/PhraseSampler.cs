namespace Ariadne.Linking.Text;

/// <summary>
/// Turns a text into a sample of hashed word phrases (runs of <see cref="Width"/> words) for template linking.
/// Unlike <see cref="Shingler"/> (which measures whole-text overlap), phrases are counted one by one across the
/// corpus, so a template's distinctive sentences can be told from stock text and boilerplate by how many posters
/// use each phrase. Slots are masked before hashing so the copies of one template agree around them: any word with
/// a digit (prices, ages, phone groups) and any capitalised word inside a sentence (persona names, cities: "my name
/// is Jasmine, new in Leeds") become placeholders. The sampler reads the text alone, so the store can sample a
/// document once when it signs it, and the offline linker gets the same phrases from the same text.
/// Only phrases whose hash falls in one of <see cref="KeepOneIn"/> residues are kept: the choice depends on the
/// phrase alone, so two documents keep the same share of the phrases they have in common, at a fraction of the
/// memory of keeping all of them.
/// </summary>
public sealed class PhraseSampler
{
    public const int DefaultWidth = 4;

    public const int DefaultKeepOneIn = 1;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;
    private const ulong DigitWord = 0x9E3779B97F4A7C15UL;
    private const ulong SlotWord = 0xC2B2AE3D27D4EB4FUL;

    public PhraseSampler(int width = DefaultWidth, int keepOneIn = DefaultKeepOneIn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(keepOneIn, 1);
        Width = width;
        KeepOneIn = keepOneIn;
    }

    public int Width { get; }

    public int KeepOneIn { get; }

    /// <summary>The distinct kept phrase hashes of <paramref name="text"/>, sorted ascending.</summary>
    public uint[] Sample(ReadOnlySpan<char> text)
    {
        var kept = new List<uint>();
        Span<ulong> window = stackalloc ulong[Width];
        var words = 0;
        var i = 0;
        var sentenceStart = true;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                sentenceStart |= text[i] is '.' or '!' or '?' or '\n' or ':' or '-' or '•' or '|';
                i++;
                continue;
            }

            var capitalised = char.IsUpper(text[i]) && i + 1 < text.Length && char.IsLower(text[i + 1]);
            var slot = capitalised && !sentenceStart;
            sentenceStart = false;
            var hash = FnvOffset;
            var hasDigit = false;
            var letters = 0;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                var c = text[i++];
                hasDigit |= char.IsDigit(c);
                letters++;
                hash = (hash ^ char.ToLowerInvariant(c)) * FnvPrime;
            }

            // One-letter words ("a", "i", a stray look-alike digit) carry no template and shift phrases after typos.
            if (letters < 2 && !hasDigit)
            {
                continue;
            }

            window[words % Width] = hasDigit ? DigitWord : slot ? SlotWord : hash;
            words++;
            if (words >= Width)
            {
                var phrase = Combine(window, words);
                if (phrase % (uint)KeepOneIn == 0)
                {
                    kept.Add(phrase);
                }
            }
        }

        if (kept.Count == 0)
        {
            return [];
        }

        kept.Sort();
        var distinct = 1;
        for (var k = 1; k < kept.Count; k++)
        {
            if (kept[k] != kept[distinct - 1])
            {
                kept[distinct++] = kept[k];
            }
        }

        return System.Runtime.InteropServices.CollectionsMarshal.AsSpan(kept)[..distinct].ToArray();
    }

    private uint Combine(ReadOnlySpan<ulong> window, int words)
    {
        var h = 0xCBF29CE484222325UL;
        for (var k = Width; k > 0; k--)
        {
            h = (h ^ window[(words - k) % Width]) * 0x100000001B3UL;
            h ^= h >> 29;
        }

        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        return (uint)h;
    }
}
