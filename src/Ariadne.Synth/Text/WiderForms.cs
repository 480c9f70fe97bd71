using System.Globalization;
using Ariadne.Synth.Model;

namespace Ariadne.Synth.Text;

/// <summary>
/// Surface forms beyond the scanners' own lists, as people write them: numbers broken over lines or padded with
/// words and emoji, group words, glued or leet spelled digits, look-alike groups; currency codes and slang labels
/// before amounts; platform cues after the name or pointed at with an emoji; e-mails with the at and dot words of
/// each language. Some of these the extractor reads, some it does not: the synthetic score is no longer 1.000 by
/// construction. Every draw comes from the ad's own surface stream, so the main stream (and with it every value,
/// network and indicator) is the same as without them.
/// </summary>
internal static class WiderForms
{
    private static readonly string[] Emoji = ["🌷", "⭐", "💋", "✨", "❤️", "🔥", "🍑", "💕"];
    private static readonly string[] Fillers = ["text", "only", "call", "me", "then", "and then", "pls", "TEXT", "call me now"];
    private static readonly string[] Breaks = ["\n", "\r\n", "-\n", " \n"];

    /// <summary>An obfuscated phone in a wider form; digits and country code as <see cref="PhoneWriter.Obfuscated"/> has them.</summary>
    public static string Phone(PhoneNumber phone, bool home, Lang lang, SynthRandom rng)
    {
        var prefix = home ? string.Empty : "+" + phone.CallingCode + " ";
        var digits = home && phone.CallingCode == "61" ? "0" + phone.National : phone.National;
        int[] sizes = phone.CallingCode == "1" ? [3, 3, 4] : digits.Length == 10 ? [4, 3, 3] : [3, 3, 3];
        var groups = new string[sizes.Length];
        var at = 0;
        for (var i = 0; i < sizes.Length; i++)
        {
            var len = i == sizes.Length - 1 ? digits.Length - at : sizes[i];
            groups[i] = digits.Substring(at, len);
            at += len;
        }

        switch (rng.Next(8))
        {
            case 0:
                return prefix + string.Join(rng.Pick(Breaks), groups);
            case 1:
                return prefix + groups[0] + " " + rng.Pick(Fillers) + " " + groups[1] + " " + rng.Pick(Fillers) + " " + groups[2];
            case 2:
                var e = rng.Pick(Emoji);
                return rng.Chance(0.5)
                    ? prefix + string.Join(" " + e + " ", groups)
                    : prefix + string.Join(e, string.Concat(groups).ToCharArray());
            case 3:
                return prefix + string.Join(", ", groups.Select(g => Grouped(g, lang, rng)));
            case 4:
                // "fivefivefive": one group's digits spelled and glued.
                var k = rng.Next(groups.Length);
                groups[k] = string.Concat(groups[k].Select(c => Word(lang, c - '0')));
                return prefix + string.Join(rng.Chance(0.5) ? "-" : " ", groups);
            case 5:
                // "SSS", "OI": look-alike letters for a whole group when it is made of 0, 1 and 5 only.
                var g = Array.FindIndex(groups, x => x.All(c => c is '0' or '1' or '5'));
                if (g >= 0)
                {
                    groups[g] = string.Concat(groups[g].Select(c => c switch { '0' => 'O', '1' => 'I', _ => 'S' }));
                    return prefix + string.Join(" ", groups);
                }

                return prefix + string.Join(" ", groups.Select(x => Leet(x, lang)));
            case 6:
                return prefix + string.Join(" ", groups.Select(x => Leet(x, lang)));
            default:
                return prefix + string.Join(rng.Pick(Breaks), groups.Select(x => string.Join(" ", x.Select(c => Word(lang, c - '0')))));
        }
    }

    // "triple five", "double oh", "doble cinco", "duplo zero": repeated digits said as a group word.
    private static string Grouped(string group, Lang lang, SynthRandom rng)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < group.Length)
        {
            var j = i;
            while (j < group.Length && group[j] == group[i])
            {
                j++;
            }

            var run = Math.Min(j - i, 3);
            var word = Word(lang, group[i] - '0');
            parts.Add(run switch
            {
                3 => (lang == Lang.Pt ? "triplo " : "triple ") + word,
                2 => (lang switch { Lang.Es => "doble ", Lang.Pt => "duplo ", _ => "double " }) + word,
                _ => word,
            });
            i += run;
        }

        return rng.Chance(0.2) ? string.Join(" ", parts).ToUpperInvariant() : string.Join(" ", parts);
    }

    // "f1ve s3ven": digits inside spelled words (no scanner list has these).
    private static string Leet(string group, Lang lang) =>
        string.Join(" ", group.Select(c => Word(lang, c - '0').Replace('e', '3').Replace('o', '0')));

    private static readonly string[] WordsEn = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] WordsEs = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"];
    private static readonly string[] WordsFr = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"];

    // Brazilian Portuguese says "meia" for six.
    private static readonly string[] WordsPt = ["zero", "um", "dois", "três", "quatro", "cinco", "meia", "sete", "oito", "nove"];

    private static string Word(Lang lang, int d) => lang switch
    {
        Lang.Es => WordsEs[d],
        Lang.Fr => WordsFr[d],
        Lang.Pt => WordsPt[d],
        _ => WordsEn[d],
    };

    /// <summary>A price with the currency before the amount or a slang label; the value is the contract's.</summary>
    public static (string Value, string Surface) Price(City city, int amount, Lang lang, SynthRandom rng)
    {
        var n = amount.ToString(CultureInfo.InvariantCulture);
        switch (city.Country)
        {
            case "US" or "CA" or "AU":
                var dollar = city.Country switch { "CA" => "CAD", "AU" => "AUD", _ => "USD" };
                return rng.Next(6) switch
                {
                    0 => (n + " " + dollar, dollar + " " + n),
                    1 => (n + " USD", "roses: " + n),
                    2 => (n + " " + dollar, "donation - " + n),
                    3 => (n + " " + dollar, "$ " + n),
                    4 => (n + " USD", "USD" + n),
                    _ => (n + " USD", n + " dlls"),
                };
            case "GB":
                return rng.Chance(0.5) ? (n + " GBP", "GBP " + n) : (n + " GBP", n + " quid");
            case "MX":
                var thousands = amount.ToString("#,0", CultureInfo.InvariantCulture);
                return rng.Next(3) switch
                {
                    0 => (n + " MXN", "$" + thousands),
                    1 => (n + " MXN", "MX$ " + n),
                    _ => (n + " MXN", n + " pesos"),
                };
            default:
                var label = lang switch { Lang.Es => "donativo: ", Lang.Fr => "cadeau : ", Lang.Pt => "presente: ", _ => "EUR " };
                return rng.Next(3) switch
                {
                    0 => (n + " EUR", "EUR " + n),
                    1 => (n + " EUR", n + " €"),
                    _ => (n + " EUR", label + n),
                };
        }
    }

    /// <summary>A handle with the cue after the name or pointed at by an emoji.</summary>
    public static string Handle(string platform, string user, SynthRandom rng)
    {
        var cue = platform switch
        {
            "instagram" => rng.Chance(0.5) ? "IG" : "insta",
            "snapchat" => "snap",
            "telegram" => "telegram",
            "kik" => "kik",
            "onlyfans" => "OF",
            "tiktok" => "tiktok",
            _ => "twitter",
        };
        return rng.Next(3) switch
        {
            0 => "@" + user + " on " + cue,
            1 => cue + " 👉 " + user,
            _ => "my " + cue + " is " + user,
        };
    }

    /// <summary>An e-mail with the at and dot words of the ad's language, or spaced around '@' and '.'.</summary>
    public static string Email(string address, Lang lang, SynthRandom rng)
    {
        var at = address.IndexOf('@', StringComparison.Ordinal);
        var local = address[..at];
        var domain = address[(at + 1)..];
        var dot = domain.LastIndexOf('.');
        string host = domain[..dot], tld = domain[(dot + 1)..];
        var (atWord, dotWord) = lang switch
        {
            Lang.Es => ("arroba", "punto"),
            Lang.Fr => ("arobase", "point"),
            Lang.Pt => ("arroba", "ponto"),
            _ => ("at", "dot"),
        };
        return rng.Next(3) switch
        {
            0 => $"{local} {atWord} {host} {dotWord} {tld}",
            1 => $"{local} ({atWord}) {host} ({dotWord}) {tld}",
            _ => $"{local} @ {host} . {tld}",
        };
    }
}
