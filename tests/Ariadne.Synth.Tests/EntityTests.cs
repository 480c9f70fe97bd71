using System.Text.RegularExpressions;
using Ariadne.Core.Crypto;
using Ariadne.Synth.Text;

namespace Ariadne.Synth.Tests;

public sealed class EntityTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
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
                Assert.True(SurfaceOracle.Matches(e.GetProperty("type").GetString()!, e.GetProperty("value"), surface, e.GetProperty("obfuscated").GetBoolean()),
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
        Assert.All(phones, p => Assert.Matches(SurfaceOracle.FictionPhone(), p.Entity.GetProperty("value").GetString()!));

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
}
