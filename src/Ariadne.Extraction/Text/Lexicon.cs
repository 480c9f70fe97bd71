using System.Runtime.CompilerServices;

namespace Ariadne.Extraction.Text;

/// <summary>
/// One folded-word table for all keyword lists of the word-level scanners: a word is folded and looked up once
/// while tokenizing, and the scanners test <see cref="WordClass"/> bits (no per-token string comparisons).
/// </summary>
internal static class Lexicon
{
    /// <summary>Longer words are in no list.</summary>
    public const int MaxWordLength = 16;

    private static readonly Dictionary<string, WordClass> Classes = Build();

    // An open-addressing table keyed by a hash computed while folding (one pass over the word, no second
    // hashing pass inside a dictionary); at most a quarter full, so a miss usually ends at the first empty slot.
    private static readonly Table Words = new(Classes);

    // One bit per (length, folded first letter, folded last letter) of the words in the table (letters outside
    // a..z share one slot): most words of an ad fail this test and are never folded or hashed.
    private static readonly ulong[] Shapes = BuildShapes();

    /// <summary>The classes of <paramref name="word"/> (any case, accents ignored).</summary>
    public static WordClass Classify(ReadOnlySpan<char> word)
    {
        if (word.Length is 0 or > MaxWordLength || !HasShape(word.Length, TextFold.Fold(word[0]), TextFold.Fold(word[^1])))
        {
            return WordClass.None;
        }

        Span<char> buffer = stackalloc char[MaxWordLength];
        var hash = Table.Seed;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            // Typographic apostrophes fold to the ASCII one so "j’ai" matches "j'ai" (as TextFold.Fold does).
            c = c is '\u2019' or '\u2018' ? '\'' : TextFold.Fold(c);
            buffer[i] = c;
            hash = Table.Step(hash, c);
        }

        return Words.Find(buffer[..word.Length], hash);
    }

    private static int LetterIndex(char folded) => folded is >= 'a' and <= 'z' ? folded - 'a' : 26;

    private static int ShapeIndex(int length, char first, char last) => (((length * 27) + LetterIndex(first)) * 27) + LetterIndex(last);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasShape(int length, char first, char last)
    {
        var bit = ShapeIndex(length, first, last);
        return (Shapes[bit >> 6] & (1UL << bit)) != 0;
    }

    private static ulong[] BuildShapes()
    {
        var shapes = new ulong[(((MaxWordLength + 1) * 27 * 27) >> 6) + 1];
        foreach (var key in Classes.Keys)
        {
            if (key.Length is > 0 and <= MaxWordLength)
            {
                // Keys are folded already; apostrophes (inner only) and other non a..z chars share slot 26 either way.
                var bit = ShapeIndex(key.Length, key[0], key[^1]);
                shapes[bit >> 6] |= 1UL << bit;
            }
        }

        return shapes;
    }

    private static Dictionary<string, WordClass> Build()
    {
        var d = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        Add(d, NumberWords.FirstWordsOfNumbers, WordClass.NumberStart);
        Add(d, ["age", "aged", "edad", "idade", "âge"], WordClass.AgePrefix);
        Add(d, ["tengo", "j'ai", "tenho", "cumplo", "just"], WordClass.AgeSaying);
        Add(d, ["yo", "yrs", "yr", "years", "year", "anos", "años", "ans", "ano", "año", "yrsold", "añitos", "aninhos", "anitos", "aninho"], WordClass.AgeSuffix);
        Add(d, ["years", "year", "yrs", "yr"], WordClass.AgeYears);
        Add(d, Facts.NameScanner.TriggerFirstWords, WordClass.NameTrigger);
        Add(d, Facts.NameScanner.NotNames, WordClass.NotName);
        Add(d, ["here", "is"], WordClass.Here);
        Add(d, NumberWords.DigitWords, WordClass.DigitWord);
        Add(d, Phones.PhoneScanner.FillerWords, WordClass.PhoneFiller);
        Add(d, Phones.PhoneScanner.IdWords, WordClass.IdWord);
        Add(d, Phones.PhoneScanner.GroupWords, WordClass.GroupWord);
        Add(d, Web.HandleScanner.PlatformWords, WordClass.Platform);
        Add(d, Facts.PriceScanner.CurrencyWords, WordClass.Currency);
        Add(d, Facts.PriceScanner.LabelWords, WordClass.PriceLabel);
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

    private sealed class Table
    {
        public const uint Seed = 2166136261;

        private readonly string[] _keys;
        private readonly WordClass[] _values;
        private readonly uint[] _hashes;
        private readonly int _mask;

        public Table(Dictionary<string, WordClass> words)
        {
            var size = 16;
            while (size < words.Count * 4)
            {
                size *= 2;
            }

            _keys = new string[size];
            _values = new WordClass[size];
            _hashes = new uint[size];
            _mask = size - 1;
            foreach (var (key, value) in words)
            {
                var hash = Seed;
                foreach (var c in key)
                {
                    hash = Step(hash, c);
                }

                var slot = Slot(hash);
                while (_hashes[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _keys[slot] = key;
                _values[slot] = value;
                _hashes[slot] = Final(hash);
            }
        }

        /// <summary>FNV-1a over UTF-16 units.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static uint Step(uint hash, char c) => (hash ^ c) * 16777619;

        public WordClass Find(ReadOnlySpan<char> folded, uint hash)
        {
            var slot = Slot(hash);
            var stored = Final(hash);
            while (_hashes[slot] is var h && h != 0)
            {
                if (h == stored && folded.SequenceEqual(_keys[slot]))
                {
                    return _values[slot];
                }

                slot = (slot + 1) & _mask;
            }

            return WordClass.None;
        }

        // Zero marks an empty slot, so stored hashes are never zero.
        private static uint Final(uint hash) => hash | 1;

        private int Slot(uint hash) => (int)((hash ^ (hash >> 15)) & (uint)_mask);
    }
}
