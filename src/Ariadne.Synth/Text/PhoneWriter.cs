using System.Text;
using Ariadne.Synth.Model;

namespace Ariadne.Synth.Text;

/// <summary>
/// Writes a phone number the way ads do: plain in many layouts, or obfuscated (spelled digits, look-alike
/// letters, Unicode digit forms, emoji keycaps, odd separators). The value is always the E.164 form.
/// </summary>
internal static class PhoneWriter
{
    private const string Keycap = "\uFE0F\u20E3";

    public static string Plain(PhoneNumber phone, bool home, SynthRandom rng)
    {
        var n = phone.National;
        if (phone.CallingCode == "1")
        {
            string a = n[..3], b = n[3..6], c = n[6..];
            return home
                ? rng.Next(9) switch
                {
                    0 => $"({a}) {b}-{c}",
                    1 => $"{a}-{b}-{c}",
                    2 => $"{a}.{b}.{c}",
                    3 => n,
                    4 => $"{a} {b} {c}",
                    5 => $"1-{a}-{b}-{c}",
                    6 => $"+1 {a} {b} {c}",
                    7 => $"+1 ({a}) {b}-{c}",
                    _ => $"{a}/{b}-{c}",
                }
                : rng.Next(4) switch
                {
                    0 => $"+1 {a} {b} {c}",
                    1 => $"+1-{a}-{b}-{c}",
                    2 => $"+1 ({a}) {b}-{c}",
                    _ => "+1" + n,
                };
        }

        string p = n[..3], q = n[3..6], r = n[6..];
        return home
            ? rng.Next(5) switch
            {
                0 => $"0{p} {q} {r}",
                1 => "0" + n,
                2 => $"+61 {p} {q} {r}",
                3 => "+61" + n,
                _ => $"0{p[..2]} {p[2..]}{q[..2]} {q[2..]}{r}",
            }
            : rng.Next(2) == 0 ? $"+61 {p} {q} {r}" : "+61" + n;
    }

    /// <summary>An obfuscated surface form; the country code stays in plain "+CC" when the number is foreign.</summary>
    public static string Obfuscated(PhoneNumber phone, bool home, Lang lang, SynthRandom rng)
    {
        var prefix = home ? string.Empty : "+" + phone.CallingCode + " ";
        var digits = home && phone.CallingCode == "61" ? "0" + phone.National : phone.National;
        var groups = Group(digits, phone.CallingCode == "1" ? [3, 3, 4] : digits.Length == 10 ? [4, 3, 3] : [3, 3, 3]);
        switch (rng.Next(7))
        {
            case 0:
                return prefix + string.Join(rng.Pick(Separators), groups.Select(g => Spell(g, lang, rng, 1.0)));
            case 1:
                return prefix + string.Join(" ", groups.Select(g => Spell(g, lang, rng, 0.5)));
            case 2:
                return LookAlike(Plain(phone, home, rng), rng);
            case 3:
                return prefix + MapDigits(string.Join(rng.Pick(PlainSeparators), groups), rng.Next(5));
            case 4:
                return prefix + string.Join("  ", groups.Select(g => string.Concat(g.Select(ch => ch + Keycap))));
            default:
                return prefix + OddSeparators(groups, rng);
        }
    }

    private static readonly string[] Separators = [" - ", ", ", " ... ", " / "];
    private static readonly string[] PlainSeparators = [" ", "-", "."];

    private static string[] Group(string digits, int[] sizes)
    {
        var result = new string[sizes.Length];
        var at = 0;
        for (var i = 0; i < sizes.Length; i++)
        {
            var len = i == sizes.Length - 1 ? digits.Length - at : sizes[i];
            result[i] = digits.Substring(at, len);
            at += len;
        }

        return result;
    }

    // ratio 1.0 spells every digit; 0.5 mixes spelled words and digits ("7 one 3").
    private static string Spell(string group, Lang lang, SynthRandom rng, double ratio)
    {
        var words = new List<string>(group.Length);
        foreach (var ch in group)
        {
            words.Add(rng.Chance(ratio) ? NumberWords.Digit(lang, ch - '0', rng) : ch.ToString());
        }

        if (ratio >= 1.0 || words.Any(w => w.Length > 1))
        {
            return string.Join(" ", words);
        }

        // Guarantee at least one spelled digit so "mixed" never degenerates to plain.
        words[0] = NumberWords.Digit(lang, group[0] - '0', rng);
        return string.Join(" ", words);
    }

    private static string LookAlike(string plain, SynthRandom rng)
    {
        var sb = new StringBuilder(plain.Length);
        var changed = false;
        foreach (var ch in plain)
        {
            if (ch == '0' && (rng.Chance(0.7) || !changed))
            {
                sb.Append(rng.Chance(0.8) ? 'O' : 'o');
                changed = true;
            }
            else if (ch == '1' && (rng.Chance(0.7) || !changed))
            {
                sb.Append(rng.Chance(0.5) ? 'l' : 'I');
                changed = true;
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    private static string MapDigits(string text, int style)
    {
        var sb = new StringBuilder(text.Length * 2);
        foreach (var ch in text)
        {
            if (ch is < '0' or > '9')
            {
                sb.Append(ch);
                continue;
            }

            var d = ch - '0';
            switch (style)
            {
                case 0:
                    sb.Append((char)('\uFF10' + d)); // fullwidth
                    break;
                case 1:
                    sb.Append(char.ConvertFromUtf32(0x1D7CE + d)); // mathematical bold (surrogate pair)
                    break;
                case 2:
                    sb.Append(d == 0 ? '\u24EA' : (char)('\u2460' + d - 1)); // circled
                    break;
                case 3:
                    sb.Append((char)('\u0660' + d)); // Arabic-Indic
                    break;
                default:
                    sb.Append((char)('\u0966' + d)); // Devanagari
                    break;
            }
        }

        return sb.ToString();
    }

    private static string OddSeparators(string[] groups, SynthRandom rng) => rng.Next(4) switch
    {
        0 => string.Join("..", groups[..^1]) + "--" + groups[^1],
        1 => string.Join(" / ", groups.Select(g => string.Join(" ", g.ToCharArray()))),
        2 => string.Join("_", groups),
        _ => string.Join("-", string.Concat(groups).ToCharArray()),
    };
}
