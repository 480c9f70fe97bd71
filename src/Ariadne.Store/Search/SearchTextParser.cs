using System.Globalization;
using System.Text;

namespace Ariadne.Store.Search;

/// <summary>
/// Splits user search text into terms. It never fails: an unmatched quote runs to the end, and terms without a
/// letter or digit are dropped, because neither engine can match them and they are how hostile input looks.
/// </summary>
internal static class SearchTextParser
{
    public static List<SearchTerm> Parse(string? text)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return terms;
        }

        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '"')
            {
                var end = text.IndexOf('"', i + 1);
                var phrase = end < 0 ? text[(i + 1)..] : text[(i + 1)..end];
                i = end < 0 ? text.Length : end + 1;
                Add(terms, SearchTermKind.Phrase, phrase.Trim());
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            AddWord(terms, text[start..i]);
        }

        return terms;
    }

    /// <summary>The runs of letters and digits in <paramref name="s"/>: what both engines' tokenizers keep.</summary>
    public static List<string> AlphanumericRuns(string s)
    {
        var runs = new List<string>();
        var sb = new StringBuilder();
        foreach (var rune in s.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark)
            {
                sb.Append(rune.ToString());
            }
            else if (sb.Length > 0)
            {
                runs.Add(sb.ToString());
                sb.Clear();
            }
        }

        if (sb.Length > 0)
        {
            runs.Add(sb.ToString());
        }

        return runs;
    }

    private static void AddWord(List<SearchTerm> terms, string word)
    {
        if (!word.EndsWith('*'))
        {
            Add(terms, SearchTermKind.Word, word);
            return;
        }

        // "foo-ba*": the last run is the prefix, earlier runs are plain words. Only letters and digits reach
        // the prefix syntax of either engine.
        var runs = AlphanumericRuns(word);
        for (var r = 0; r < runs.Count; r++)
        {
            Add(terms, r == runs.Count - 1 ? SearchTermKind.Prefix : SearchTermKind.Word, runs[r]);
        }
    }

    private static void Add(List<SearchTerm> terms, SearchTermKind kind, string text)
    {
        if (HasLetterOrDigit(text))
        {
            terms.Add(new SearchTerm(kind, text));
        }
    }

    private static bool HasLetterOrDigit(string s)
    {
        foreach (var rune in s.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                return true;
            }
        }

        return false;
    }
}
