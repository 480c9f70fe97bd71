using System.Globalization;
using System.Text;

namespace Ariadne.Store.Search;

/// <summary>
/// Case and diacritic folding for SQLite's city filter ("Montreal" finds "Montréal" and the reverse): lower case,
/// then canonical decomposition without its combining marks, the way FTS5's <c>remove_diacritics 2</c> folds words.
/// Registered as the SQL function <c>ariadne_fold</c> on every SQLite connection of a store, so the expression index
/// on <c>ariadne_fold(location_raw)</c> and the query compare the same string.
/// </summary>
internal static class SearchFold
{
    public const string SqlFunction = "ariadne_fold";

    public static string? Fold(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        if (IsAscii(lower))
        {
            return lower;
        }

        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static bool IsAscii(string s)
    {
        foreach (var c in s)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
