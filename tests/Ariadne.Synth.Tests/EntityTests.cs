using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ariadne.Core.Crypto;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Tests;

public sealed partial class EntityTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void The_text_builder_records_the_exact_surface_of_each_insertion()
    {
        var tb = new TextBuilder();
        tb.Append("Ask for ").Entity("name", "Jade", "Jade").Append(", call ")
            .Entity("phone", "+17135550142", "𝟕𝟏𝟑 𝟓𝟓𝟓 𝟎𝟏𝟒𝟐", obfuscated: true).Append(" 🌸 or ")
            .Entity("email", "jade@example.com", "jade [at] example [dot] com", obfuscated: true);
        var text = tb.ToString();
        string[] surfaces = ["Jade", "𝟕𝟏𝟑 𝟓𝟓𝟓 𝟎𝟏𝟒𝟐", "jade [at] example [dot] com"];
        for (var i = 0; i < surfaces.Length; i++)
        {
            var e = tb.Entities[i];
            Assert.Equal(surfaces[i], text.Substring(e.Start, e.End - e.Start));
        }
    }

    [Fact]
    public void Every_span_is_inside_its_text_non_overlapping_and_matches_its_value()
    {
        var count = 0;
        foreach (var doc in corpus.Documents)
        {
            var text = corpus.Texts[doc.GetProperty("id").GetString()!];
            var lastEnd = 0;
            foreach (var e in doc.GetProperty("entities").EnumerateArray())
            {
                var start = e.GetProperty("start").GetInt32();
                var end = e.GetProperty("end").GetInt32();
                Assert.InRange(start, lastEnd, text.Length);
                Assert.InRange(end, start + 1, text.Length);
                lastEnd = end;
                var surface = text[start..end];
                Assert.False(char.IsLowSurrogate(text[start]), "span starts inside a surrogate pair");
                Assert.True(SurfaceMatches(e.GetProperty("type").GetString()!, e.GetProperty("value"), surface, e.GetProperty("obfuscated").GetBoolean()),
                    $"{e} does not match '{surface}'");
                count++;
            }
        }

        Assert.True(count > CorpusFixture.AdCount * 4);
    }

    [Fact]
    public void Every_phone_is_in_a_fiction_range_and_obfuscations_are_varied()
    {
        var phones = corpus.Entities().Where(x => x.Entity.GetProperty("type").GetString() == "phone").ToList();
        Assert.NotEmpty(phones);
        Assert.All(phones, p => Assert.Matches(FictionPhone(), p.Entity.GetProperty("value").GetString()!));

        var surfaces = phones.Where(p => p.Entity.GetProperty("obfuscated").GetBoolean())
            .Select(p => corpus.Texts[p.DocId][p.Entity.GetProperty("start").GetInt32()..p.Entity.GetProperty("end").GetInt32()]).ToList();
        Assert.Contains(surfaces, s => s.Contains("five", StringComparison.Ordinal) || s.Contains("cinco", StringComparison.Ordinal) || s.Contains("cinq", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.Contains('\uFF15') || s.Contains("\U0001D7D3", StringComparison.Ordinal) || s.Contains('\u0665') || s.Contains('\u096B') || s.Contains('\u2464'));
        Assert.Contains(surfaces, s => s.Contains('\u20E3'));
        Assert.Contains(surfaces, s => s.Contains('O') || s.Contains('l'));
    }

    [Fact]
    public void Every_email_is_lower_case_on_an_example_domain()
    {
        var emails = corpus.Entities().Where(x => x.Entity.GetProperty("type").GetString() == "email").Select(x => x.Entity.GetProperty("value").GetString()!).ToList();
        Assert.NotEmpty(emails);
        Assert.All(emails, e => Assert.Matches(@"^[a-z0-9._]+@example\.(com|org|net)$", e));
        Assert.DoesNotMatch(new Regex(@"[a-z0-9._]@(?!example\.(com|org|net)\b)[a-z0-9-]+\.[a-z]{2,}", RegexOptions.IgnoreCase), string.Join("\n", corpus.Texts.Values));
    }

    [Fact]
    public void Every_wallet_validates_with_our_own_decoders()
    {
        var wallets = corpus.Entities().Where(x => x.Entity.GetProperty("type").GetString() == "crypto").Select(x => x.Entity.GetProperty("value").GetString()!).Distinct().ToList();
        Assert.True(wallets.Count >= 3);
        foreach (var wallet in wallets)
        {
            var address = wallet[4..];
            var valid = wallet[..4] switch
            {
                "btc:" => address.StartsWith("bc1", StringComparison.Ordinal)
                    ? SegwitAddress.TryDecode("bc", address, out var v, out var program) && v == 0 && program.Length == 20
                    : Base58Check.TryDecode(address, out var version, out var hash) && version == 0 && hash.Length == 20,
                "eth:" => Eip55.IsValidChecksum(address),
                "ltc:" => Base58Check.TryDecode(address, out var lv, out var lh) && lv == 0x30 && lh.Length == 20,
                "trx:" => Base58Check.TryDecode(address, out var tv, out var th) && tv == 0x41 && th.Length == 20 && address[0] == 'T',
                _ => false,
            };
            Assert.True(valid, wallet);
        }
    }

    [Fact]
    public void Hard_cases_for_extraction_are_present()
    {
        var all = string.Join("\n", corpus.Texts.Values);
        foreach (var needle in new[] { " at example dot ", "[at]", "t.me/", "wa.me/", "kik", "snap: ", "IG @", " roses", "€", "años", " ans", "y/o", "Montréal" })
        {
            Assert.Contains(needle, all, StringComparison.Ordinal);
        }
    }

    private static bool SurfaceMatches(string type, System.Text.Json.JsonElement value, string surface, bool obfuscated)
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

    [GeneratedRegex(@"^(\+1[2-9]\d{2}55501\d{2}|\+61491570\d{3})$")]
    private static partial Regex FictionPhone();
}
