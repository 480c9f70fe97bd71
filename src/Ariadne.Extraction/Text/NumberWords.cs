using System.Collections.Frozen;

namespace Ariadne.Extraction.Text;

/// <summary>
/// Spelled numbers in English, Spanish, French and Portuguese: single digits (for phones) and 10..99 (for ages).
/// Keys are folded (lower case, no accents) with hyphens and spaces as one space: "dix-neuf" → "dix neuf".
/// </summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, int> Digits = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["zero"] = 0,
        ["oh"] = 0,
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["cero"] = 0,
        ["uno"] = 1,
        ["una"] = 1,
        ["dos"] = 2,
        ["tres"] = 3,
        ["cuatro"] = 4,
        ["cinco"] = 5,
        ["seis"] = 6,
        ["siete"] = 7,
        ["ocho"] = 8,
        ["nueve"] = 9,
        ["un"] = 1,
        ["une"] = 1,
        ["deux"] = 2,
        ["trois"] = 3,
        ["quatre"] = 4,
        ["cinq"] = 5,
        ["sept"] = 7,
        ["huit"] = 8,
        ["neuf"] = 9,
        ["um"] = 1,
        ["uma"] = 1,
        ["dois"] = 2,
        ["duas"] = 2,
        ["quatro"] = 4,
        ["sete"] = 7,
        ["oito"] = 8,
        ["nove"] = 9,

        // Brazilian speech says "meia" (half a dozen) for six, to tell it from "três" on the phone.
        ["meia"] = 6,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DigitLookup = Digits.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, int> Numbers = BuildNumbers().ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> NumberLookup = Numbers.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> FirstWords = Numbers.Keys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstWordLookup = FirstWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The single-digit words (for the <see cref="Lexicon"/>).</summary>
    public static IEnumerable<string> DigitWords => Digits.Keys;

    /// <summary>Folded first words of the spelled numbers 10..99 (for the <see cref="Lexicon"/>).</summary>
    public static IEnumerable<string> FirstWordsOfNumbers => FirstWords;

    /// <summary>True when <paramref name="word"/> (any case) is the first word of some spelled number.</summary>
    public static bool StartsNumber(ReadOnlySpan<char> word)
    {
        if (word.Length > 12)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[12];
        var n = TextFold.Fold(word, buffer);
        return FirstWordLookup.Contains(buffer[..n]);
    }

    /// <summary>The longest spelled number (in words) the tables hold: "quatre vingt dix neuf" is four.</summary>
    public const int MaxWords = 4;

    /// <summary>The digit a single word spells, or -1.</summary>
    public static int Digit(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6)
        {
            return -1;
        }

        Span<char> buffer = stackalloc char[6];
        var n = TextFold.Fold(word, buffer);
        return DigitLookup.TryGetValue(buffer[..n], out var d) ? d : -1;
    }

    /// <summary>
    /// Splits a word made only of glued digit words ("fourfivesix", "ZeroOneZeroNine") into its digits; returns
    /// how many were written to <paramref name="digits"/> (at least two), or 0 when the word is anything else.
    /// </summary>
    public static int SplitGlued(ReadOnlySpan<char> word, Span<char> digits)
    {
        // Every digit word is 2..6 letters; glued ones are longer. Most words fail the first-and-last-two-letters
        // test, so the search below runs on few words.
        if (word.Length is < 5 or > 48 || !HasEdge(Heads, word[0], word[1]) || !HasEdge(Tails, word[^2], word[^1]))
        {
            return 0;
        }

        var n = SplitFrom(word, 0, digits, 0);
        return n >= 2 ? n : 0;
    }

    // Bit (a * 26 + b) is set when some digit word starts (Heads) or ends (Tails) with the folded letters a, b.
    private static readonly ulong[] Heads = Edges(first: true);
    private static readonly ulong[] Tails = Edges(first: false);

    private static ulong[] Edges(bool first)
    {
        var bits = new ulong[(26 * 26 / 64) + 1];
        foreach (var w in Digits.Keys)
        {
            var (a, b) = first ? (w[0], w[1]) : (w[^2], w[^1]);
            var k = ((a - 'a') * 26) + (b - 'a');
            bits[k >> 6] |= 1UL << k;
        }

        return bits;
    }

    private static bool HasEdge(ulong[] bits, char a, char b)
    {
        a = TextFold.Fold(a);
        b = TextFold.Fold(b);
        if (a is < 'a' or > 'z' || b is < 'a' or > 'z')
        {
            return false;
        }

        var k = ((a - 'a') * 26) + (b - 'a');
        return (bits[k >> 6] & (1UL << k)) != 0;
    }

    // Depth-first, longest piece first ("seven" before "se…"); at most 48 letters, so the depth is bounded.
    private static int SplitFrom(ReadOnlySpan<char> word, int at, Span<char> digits, int count)
    {
        if (at == word.Length)
        {
            return count;
        }

        if (count >= digits.Length)
        {
            return 0;
        }

        for (var len = Math.Min(6, word.Length - at); len >= 2; len--)
        {
            var d = Digit(word.Slice(at, len));
            if (d < 0)
            {
                continue;
            }

            digits[count] = (char)('0' + d);
            var n = SplitFrom(word, at + len, digits, count + 1);
            if (n > 0)
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>The number a folded, space-normalised phrase spells (10..99), or -1.</summary>
    public static int Number(ReadOnlySpan<char> normalisedPhrase) =>
        NumberLookup.TryGetValue(normalisedPhrase, out var v) ? v : -1;

    /// <summary>Folds <paramref name="text"/> and turns runs of spaces and hyphens into one space.</summary>
    public static int Normalise(ReadOnlySpan<char> text, Span<char> destination)
    {
        var n = 0;
        var space = false;
        foreach (var ch in text)
        {
            if (ch is ' ' or '-' or '\u00A0' or '\t')
            {
                space = n > 0;
                continue;
            }

            if (n >= destination.Length - 1)
            {
                return -1;
            }

            if (space)
            {
                destination[n++] = ' ';
                space = false;
            }

            destination[n++] = ch is '\u2019' ? '\'' : TextFold.Fold(ch);
        }

        return n;
    }

    private static Dictionary<string, int> BuildNumbers()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        string[] enOnes = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        string[] enTeens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] enTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        AddTens(d, enTeens, enTens, enOnes, " ", 10);

        string[] esTeens = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve"];
        string[] esOnes = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
        string[] esTens = ["", "", "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"];
        AddTens(d, esTeens, esTens, esOnes, " y ", 10);
        string[] veinti = ["veinte", "veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve"];
        for (var i = 0; i < 10; i++)
        {
            d[veinti[i]] = 20 + i;
        }

        string[] frTeens = ["dix", "onze", "douze", "treize", "quatorze", "quinze", "seize", "dix sept", "dix huit", "dix neuf"];
        string[] frOnes = ["", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];
        string[] frTens = ["", "", "vingt", "trente", "quarante", "cinquante", "soixante", "", "", ""];
        for (var i = 0; i < 10; i++)
        {
            d[frTeens[i]] = 10 + i;
        }

        for (var t = 2; t <= 6; t++)
        {
            d[frTens[t]] = t * 10;
            for (var o = 1; o <= 9; o++)
            {
                d[frTens[t] + (o == 1 ? " et un" : " " + frOnes[o])] = (t * 10) + o;
            }
        }

        // French counts 70..99 in twenties: soixante-dix (70), soixante et onze (71), quatre-vingts (80),
        // quatre-vingt-dix-neuf (99); Belgian and Swiss French say septante, huitante/octante, nonante.
        for (var i = 0; i < 10; i++)
        {
            var teen = frTeens[i];
            d[(i == 1 ? "soixante et " : "soixante ") + teen] = 70 + i;
            d["quatre vingt " + teen] = 90 + i;
            if (i > 0)
            {
                d["quatre vingt " + frOnes[i]] = 80 + i;
            }
        }

        d["quatre vingt"] = 80;
        d["quatre vingts"] = 80;
        string[] swiss = ["septante", "huitante", "octante", "nonante"];
        int[] swissTens = [70, 80, 80, 90];
        for (var k = 0; k < swiss.Length; k++)
        {
            d[swiss[k]] = swissTens[k];
            for (var o = 1; o <= 9; o++)
            {
                d[swiss[k] + (o == 1 ? " et un" : " " + frOnes[o])] = swissTens[k] + o;
            }
        }

        string[] ptTeens = ["dez", "onze", "doze", "treze", "catorze", "quinze", "dezasseis", "dezassete", "dezoito", "dezanove"];
        string[] ptOnes = ["", "um", "dois", "tres", "quatro", "cinco", "seis", "sete", "oito", "nove"];
        string[] ptTens = ["", "", "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa"];
        AddTens(d, ptTeens, ptTens, ptOnes, " e ", 10);
        d["dezesseis"] = 16;
        d["dezessete"] = 17;
        d["dezenove"] = 19;
        return d;
    }

    private static void AddTens(Dictionary<string, int> d, string[] teens, string[] tens, string[] ones, string joiner, int first)
    {
        for (var i = 0; i < teens.Length; i++)
        {
            d[teens[i]] = first + i;
        }

        for (var t = 2; t <= 9; t++)
        {
            d[tens[t]] = t * 10;
            for (var o = 1; o <= 9; o++)
            {
                d[tens[t] + joiner + ones[o]] = (t * 10) + o;
                d.TryAdd(tens[t] + " " + ones[o], (t * 10) + o);
            }
        }
    }
}
