using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Ariadne.Extraction.Text;

/// <summary>
/// Case and accent folding for matching words against lexicons without allocating: "Três" and "TRES" both fold to
/// "tres". Latin letters are folded through a table built once from Unicode decomposition.
/// </summary>
internal static class TextFold
{
    private const int TableSize = 0x0250;
    private static readonly char[] Table = BuildTable();

    // Called per character by the word-level scanners: inlined so the ASCII case costs two compares.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c < TableSize ? Table[c] : char.ToLowerInvariant(c);
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/>; returns the length written.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        var n = Math.Min(source.Length, destination.Length);
        for (var i = 0; i < n; i++)
        {
            var c = source[i];
            // Typographic apostrophes fold to the ASCII one so "j’ai" matches "j'ai".
            destination[i] = c is '\u2019' or '\u2018' ? '\'' : Fold(c);
        }

        return n;
    }

    public static string Fold(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = Fold(text, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>True when the folded <paramref name="word"/> equals <paramref name="folded"/> (already folded ASCII).</summary>
    public static bool EqualsFolded(ReadOnlySpan<char> word, string folded)
    {
        if (word.Length != folded.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i] is '\u2019' or '\u2018' ? '\'' : Fold(word[i]);
            if (c != folded[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The accent-free ASCII form of a display name ("Montréal" → "Montreal"), case kept.</summary>
    public static string ToAscii(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c switch { 'ß' => "ss", 'æ' => "ae", 'Æ' => "AE", 'ø' => "o", 'Ø' => "O", 'ł' => "l", 'Ł' => "L", 'đ' => "d", 'Đ' => "D", 'ı' => "i", _ => c.ToString() });
            }
        }

        return sb.ToString();
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && decomposed[0] < TableSize ? decomposed[0] : lower;
        }

        return table;
    }
}
