using System.Globalization;
using System.Text;

namespace Ariadne.Extraction.Text;

/// <summary>
/// Reads one digit in any of the forms ads use to dodge filters: ASCII, any Unicode decimal digit (Arabic-Indic,
/// Devanagari, fullwidth, mathematical bold...), circled and dingbat digits, super/subscripts, emoji keycaps.
/// </summary>
internal static class DigitChars
{
    /// <summary>
    /// The digit at <paramref name="i"/> (0..9) or -1. <paramref name="length"/> is how many UTF-16 units it
    /// spans (a keycap "5️⃣" is three); <paramref name="plain"/> is true only for an ASCII digit on its own.
    /// </summary>
    public static int Read(ReadOnlySpan<char> text, int i, out int length, out bool plain)
    {
        length = 1;
        plain = false;
        var c = text[i];
        if (c is >= '0' and <= '9')
        {
            var j = i + 1;
            if (j < text.Length && text[j] == '\uFE0F')
            {
                j++;
            }

            if (j < text.Length && text[j] == '\u20E3')
            {
                length = j + 1 - i;
                return c - '0';
            }

            plain = true;
            return c - '0';
        }

        if (c < 0x80)
        {
            return -1;
        }

        if (Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
        {
            return -1;
        }

        var value = ValueOf(rune);
        if (value < 0)
        {
            return -1;
        }

        length = consumed;
        return value;
    }

    /// <summary>True when the char at <paramref name="i"/> starts a digit in some form (cheap pre-check).</summary>
    public static bool IsDigitAt(ReadOnlySpan<char> text, int i) => Read(text, i, out _, out _) >= 0;

    private static int ValueOf(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        if (category == UnicodeCategory.DecimalDigitNumber)
        {
            return (int)Rune.GetNumericValue(rune);
        }

        if (category != UnicodeCategory.OtherNumber)
        {
            return -1;
        }

        var v = rune.Value;
        // Circled, parenthesised, dingbat and super/subscript digits; not fractions, not Roman numerals.
        var digitLike = v is >= 0x2460 and <= 0x24FF or >= 0x2776 and <= 0x2793 or >= 0x1F100 and <= 0x1F10C
            or 0x00B2 or 0x00B3 or 0x00B9 or >= 0x2070 and <= 0x2089;
        if (!digitLike)
        {
            return -1;
        }

        var n = Rune.GetNumericValue(rune);
        return n is >= 0 and <= 9 && n == Math.Floor(n) ? (int)n : -1;
    }
}
