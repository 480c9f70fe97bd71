using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Ariadne.Synth.Tests;

/// <summary>
/// Reads an entity's surface in the generated text back to its truth value, independently of the generator's writers,
/// so a span that is off by a character or covers the wrong words fails. Shared by the classic and field corpus tests.
/// </summary>
internal static partial class SurfaceOracle
{
    /// <summary>Whether <paramref name="surface"/> (the text at the entity's span) says <paramref name="value"/>.</summary>
    public static bool Matches(string type, System.Text.Json.JsonElement value, string surface, bool obfuscated)
    {
        switch (type)
        {
            case "phone":
                var e164 = value.GetString()!;
                var digits = Digits(surface);
                return digits.Length >= 9 && e164.EndsWith(digits[^9..], StringComparison.Ordinal);
            case "email":
                var email = value.GetString()!;
                var local = email[..email.IndexOf('@', StringComparison.Ordinal)];
                return obfuscated
                    ? surface.StartsWith(local, StringComparison.Ordinal) && surface.Contains("example", StringComparison.Ordinal)
                    : surface.Equals(email, StringComparison.OrdinalIgnoreCase);
            case "crypto":
                return value.GetString()!.EndsWith(":" + surface, StringComparison.Ordinal);
            case "handle":
                // The name ends the mention ("IG @jade") or comes before the platform ("@jade on IG").
                var user = value.GetString()!.Split(':')[1];
                return surface.EndsWith(user, StringComparison.OrdinalIgnoreCase) || surface.StartsWith("@" + user + " ", StringComparison.OrdinalIgnoreCase);
            case "age":
                var age = value.GetInt32();
                return surface.Contains(age.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal) || Regex.IsMatch(surface, @"^(age: )?[\p{L} -]+ (años|ans|anos)?$|^age: [a-z-]+$");
            case "price":
                // "$3,000" carries 3000: thousands separators are writing, not value.
                var parts = value.GetString()!.Split(' ');
                return surface.Replace(",", string.Empty, StringComparison.Ordinal).Contains(parts[0], StringComparison.Ordinal);
            case "location":
                var city = value.GetString()!.Split(',')[0];
                return surface == city || surface is "Montréal" or "Sevilla" or "Lisboa" or "Ciudad de México" or "CDMX" or "Cancún";
            case "name":
                return surface == value.GetString();
            default:
                return false;
        }
    }

    // A small de-obfuscator for the test only: Unicode digit forms, spelled digits in four languages (glued,
    // repeated by "double"/"triple", or with 3 and 0 for e and o), look-alike letters in a whole group, so the
    // truth's E.164 value can be checked against what the text really says. Other words (fillers) say nothing.
    private static string Digits(string surface)
    {
        var sb = new StringBuilder();
        var word = new StringBuilder();
        var repeat = 1;
        void Flush()
        {
            if (word.Length == 0)
            {
                return;
            }

            var w = word.ToString();
            word.Clear();
            var lower = w.ToLowerInvariant();
            if (lower is "double" or "doble" or "duplo")
            {
                repeat = 2;
                return;
            }

            if (lower is "triple" or "triplo")
            {
                repeat = 3;
                return;
            }

            var digits = SpelledDigit(w) is { } d ? d.ToString(CultureInfo.InvariantCulture) : Glued(lower);
            if (digits is null && w.All(ch => ch is 'O' or 'o' or 'l' or 'I' or 'S'))
            {
                digits = string.Concat(w.Select(ch => ch switch { 'O' or 'o' => '0', 'S' => '5', _ => '1' }));
            }

            if (digits is not null)
            {
                sb.Append(digits[0], repeat).Append(digits[1..]);
            }

            repeat = 1;
        }

        // "f0ur", "s3v3n", "0n3": a 3 or 0 standing for a letter inside a spelled word.
        surface = Regex.Replace(surface, "[a-zA-Zéê0-9]+", m =>
        {
            var letters = m.Value.Replace('3', 'e').Replace('0', 'o');
            return m.Value.Any(char.IsAsciiDigit) && m.Value.Any(char.IsLetter) && SpelledDigit(letters) is not null ? letters : m.Value;
        });
        foreach (var rune in surface.EnumerateRunes())
        {
            var numeric = Rune.GetNumericValue(rune);
            if (numeric is >= 0 and <= 9 && numeric == Math.Floor(numeric) && !Rune.IsLetter(rune))
            {
                Flush();
                sb.Append((int)numeric);
            }
            else if (Rune.IsLetter(rune))
            {
                word.Append(rune.ToString());
            }
            else
            {
                Flush();
            }
        }

        Flush();
        return sb.ToString();
    }

    // "fivefivefive", "zerooneonetwo": digit words written together, split longest first.
    private static string? Glued(string w)
    {
        if (w.Length < 5)
        {
            return null;
        }

        for (var len = Math.Min(6, w.Length); len >= 2; len--)
        {
            if (SpelledDigit(w[..len]) is { } d)
            {
                if (len == w.Length)
                {
                    return d.ToString(CultureInfo.InvariantCulture);
                }

                var rest = w.Length - len >= 2 ? Glued2(w[len..]) : null;
                if (rest is not null)
                {
                    return d.ToString(CultureInfo.InvariantCulture) + rest;
                }
            }
        }

        return null;
    }

    private static string? Glued2(string w) => SpelledDigit(w) is { } d ? d.ToString(CultureInfo.InvariantCulture) : Glued(w);

    private static int? SpelledDigit(string w) => w.ToLowerInvariant() switch
    {
        "zero" or "zéro" or "cero" or "oh" => 0,
        "one" or "uno" or "un" or "um" => 1,
        "two" or "dos" or "deux" or "dois" => 2,
        "three" or "tres" or "trois" or "três" => 3,
        "four" or "cuatro" or "quatre" or "quatro" => 4,
        "five" or "cinco" or "cinq" => 5,
        "six" or "seis" or "meia" => 6,
        "seven" or "siete" or "sept" or "sete" => 7,
        "eight" or "ocho" or "huit" or "oito" => 8,
        "nine" or "nueve" or "neuf" or "nove" => 9,
        _ => null,
    };

    /// <summary>Phones the generator may hand out: NANP NPA-555-0100..0199 and Australia's 0491 570 xxx.</summary>
    [GeneratedRegex(@"^(\+1[2-9]\d{2}55501\d{2}|\+61491570\d{3})$")]
    public static partial Regex FictionPhone();
}
