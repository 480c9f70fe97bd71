using System.Collections.Frozen;

namespace Ariadne.Extraction.Text;

/// <summary>
/// One folded-word table for all keyword lists of the word-level scanners: a word is folded and looked up once
/// while tokenizing, and the scanners test <see cref="WordClass"/> bits (no per-token string comparisons).
/// </summary>
internal static class Lexicon
{
    /// <summary>Longer words are in no list.</summary>
    public const int MaxWordLength = 16;

    private static readonly FrozenDictionary<string, WordClass> Classes = Build().ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Lookup = Classes.GetAlternateLookup<ReadOnlySpan<char>>();

    // Per word length, a bit per folded first letter (bit 26: anything else) of the words in the table: most
    // words of an ad fail this test and never get hashed.
    private static readonly ulong[] FirstLetters = BuildFirstLetters();

    /// <summary>The classes of <paramref name="word"/> (any case, accents ignored).</summary>
    public static WordClass Classify(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWordLength || (FirstLetters[word.Length] & FirstLetterBit(TextFold.Fold(word[0]))) == 0)
        {
            return WordClass.None;
        }

        Span<char> buffer = stackalloc char[MaxWordLength];
        var n = TextFold.Fold(word, buffer);
        return Lookup.TryGetValue(buffer[..n], out var c) ? c : WordClass.None;
    }

    private static ulong FirstLetterBit(char folded) => folded is >= 'a' and <= 'z' ? 1UL << (folded - 'a') : 1UL << 26;

    private static ulong[] BuildFirstLetters()
    {
        var masks = new ulong[MaxWordLength + 1];
        foreach (var key in Classes.Keys)
        {
            if (key.Length is > 0 and <= MaxWordLength)
            {
                masks[key.Length] |= FirstLetterBit(key[0]);
            }
        }

        return masks;
    }

    private static Dictionary<string, WordClass> Build()
    {
        var d = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        Add(d, NumberWords.FirstWordsOfNumbers, WordClass.NumberStart);
        Add(d, ["age", "aged", "edad", "idade", "âge"], WordClass.AgePrefix);
        Add(d, ["tengo", "j'ai", "tenho", "cumplo", "just"], WordClass.AgeSaying);
        Add(d, ["yo", "yrs", "yr", "years", "year", "anos", "años", "ans", "ano", "año", "yrsold"], WordClass.AgeSuffix);
        Add(d, ["years", "year", "yrs", "yr"], WordClass.AgeYears);
        Add(d, Facts.NameScanner.TriggerFirstWords, WordClass.NameTrigger);
        Add(d, Facts.NameScanner.NotNames, WordClass.NotName);
        Add(d, ["here", "is"], WordClass.Here);
        Add(d, NumberWords.DigitWords, WordClass.DigitWord);
        Add(d, Phones.PhoneScanner.FillerWords, WordClass.PhoneFiller);
        Add(d, Phones.PhoneScanner.IdWords, WordClass.IdWord);
        Add(d, Web.HandleScanner.PlatformWords, WordClass.Platform);
        Add(d, Facts.PriceScanner.CurrencyWords, WordClass.Currency);
        Add(d, Locations.LocationScanner.Prepositions, WordClass.Preposition);
        Add(d, Locations.LocationScanner.Connectors, WordClass.Connector);
        Add(d, Locations.LocationScanner.CommonWords, WordClass.CommonWord);
        return d;
    }

    private static void Add(Dictionary<string, WordClass> d, IEnumerable<string> words, WordClass c)
    {
        foreach (var w in words)
        {
            var key = TextFold.Fold(w);
            d[key] = d.GetValueOrDefault(key) | c;
        }
    }
}
