using System.Text;

namespace Ariadne.Synth.Field;

/// <summary>
/// Typing slips in literal ad text: two letters swapped, one dropped, one doubled or a vowel mistyped. Only words of
/// three letters or more, and never the cue words just before an entity ("special with", "call me") or the word
/// just after it, so every entity's surface and its cue stay as the truth records them.
/// </summary>
internal static class Typos
{
    private const string Vowels = "aeiou";

    public static string Apply(string text, double rate, SynthRandom rng, int keepFirstWords, int keepLastWords)
    {
        if (rate <= 0 || text.Length < 3)
        {
            return text;
        }

        var words = new List<(int Start, int End)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i]))
            {
                i++;
            }

            words.Add((start, i));
        }

        StringBuilder? sb = null;
        var copied = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var (start, end) = words[w];
            if (end - start < 3 || w < keepFirstWords || w >= words.Count - keepLastWords || !rng.Chance(rate))
            {
                continue;
            }

            sb ??= new StringBuilder(text.Length + 4);
            sb.Append(text, copied, start - copied);
            sb.Append(Slip(text[start..end], rng));
            copied = end;
        }

        return sb is null ? text : sb.Append(text, copied, text.Length - copied).ToString();
    }

    private static string Slip(string word, SynthRandom rng)
    {
        var at = rng.Between(1, word.Length - 2);
        switch (rng.Next(4))
        {
            case 0:
                return word[..at] + word[at + 1] + word[at] + word[(at + 2)..];
            case 1:
                return word[..at] + word[(at + 1)..];
            case 2:
                return word[..at] + word[at] + word[at..];
            default:
                var v = word.IndexOfAny(Vowels.ToCharArray(), 1);
                if (v < 0)
                {
                    return word[..at] + word[(at + 1)..];
                }

                var replacement = Vowels[(Vowels.IndexOf(char.ToLowerInvariant(word[v]), StringComparison.Ordinal) + 1 + rng.Next(4)) % 5];
                return word[..v] + replacement + word[(v + 1)..];
        }
    }
}
