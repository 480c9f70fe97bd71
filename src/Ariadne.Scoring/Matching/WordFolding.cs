using System.Globalization;
using System.Text;

namespace Ariadne.Scoring.Matching;

/// <summary>
/// Folds a character for matching: lower case without diacritics ("Jóvenes" and "jovenes" match the same
/// pattern). Precomputed for the Latin ranges so the hot path is one table read.
/// </summary>
internal static class WordFolding
{
    private const int TableSize = 0x250;
    private static readonly char[] Table = BuildTable();

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    public static char Fold(char c)
    {
        if (c < TableSize)
        {
            return Table[c];
        }

        return char.ToLowerInvariant(c);
    }

    private static char[] BuildTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            var lower = char.ToLowerInvariant(c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark ? decomposed[0] : lower;
        }

        return table;
    }
}
