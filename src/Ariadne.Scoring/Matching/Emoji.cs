using System.Globalization;

namespace Ariadne.Scoring.Matching;

/// <summary>
/// Emoji are words of their own for matching ("💯 real", "🚗 driver"): a pictograph or symbol, one code point,
/// without its variation selector or skin tone. Ads put meaning in them that plain words do not carry.
/// </summary>
internal static class Emoji
{
    /// <summary>UTF-16 length of the emoji at <paramref name="index"/>, or 0 when there is none.</summary>
    public static int Length(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
        {
            if (index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
                var cp = char.ConvertToUtf32(c, text[index + 1]);
                // Skin-tone modifiers (U+1F3FB..U+1F3FF) qualify the emoji before them; they are not words.
                return category == UnicodeCategory.OtherSymbol && cp is < 0x1F3FB or > 0x1F3FF ? 2 : 0;
            }

            return 0;
        }

        // Dingbats and miscellaneous symbols of the BMP: ✅ ✈ ❤ ☎ ⭐ ✨.
        return c is >= '\u2190' and <= '\u2BFF' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol ? 1 : 0;
    }
}
