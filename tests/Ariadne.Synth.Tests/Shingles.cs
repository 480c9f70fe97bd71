namespace Ariadne.Synth.Tests;

/// <summary>
/// Word 3-grams as Ariadne.Linking's Shingler forms them (letter/digit runs folded to lower case; a word holding a
/// digit is one placeholder word), so the similarities the tests measure are the ones the linker sees.
/// </summary>
internal static class Shingles
{
    public static HashSet<string> Of(string text)
    {
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            var digit = false;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                digit |= char.IsDigit(text[i]);
                i++;
            }

            words.Add(digit ? "#" : text[start..i].ToLowerInvariant());
        }

        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var w = 0; w + 3 <= words.Count; w++)
        {
            grams.Add(words[w] + " " + words[w + 1] + " " + words[w + 2]);
        }

        if (grams.Count == 0 && words.Count > 0)
        {
            grams.Add(string.Join(' ', words));
        }

        return grams;
    }

    public static double Jaccard(HashSet<string> a, HashSet<string> b)
    {
        var shared = a.Count(b.Contains);
        var union = a.Count + b.Count - shared;
        return union == 0 ? 1 : shared / (double)union;
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? double.NaN : values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}
