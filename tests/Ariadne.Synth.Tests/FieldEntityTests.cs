using System.Text.RegularExpressions;

namespace Ariadne.Synth.Tests;

/// <summary>
/// Truth spans stay exact under the field profile's noise (typos, fillers, reordering, hand-over joins, appended
/// lines), and every identifier stays fictional.
/// </summary>
[Collection(FieldCorpusCollection.Name)]
public sealed class FieldEntityTests(FieldCorpusFixture corpus)
{
    [Fact]
    public void Every_span_is_inside_its_text_non_overlapping_and_matches_its_value()
    {
        var count = 0;
        foreach (var doc in corpus.Documents)
        {
            var text = corpus.Texts[doc.Id];
            var lastEnd = 0;
            foreach (var e in doc.Element.GetProperty("entities").EnumerateArray())
            {
                var start = e.GetProperty("start").GetInt32();
                var end = e.GetProperty("end").GetInt32();
                Assert.InRange(start, lastEnd, text.Length);
                Assert.InRange(end, start + 1, text.Length);
                lastEnd = end;
                var surface = text[start..end];
                Assert.False(char.IsLowSurrogate(text[start]), "span starts inside a surrogate pair");
                Assert.True(
                    SurfaceOracle.Matches(e.GetProperty("type").GetString()!, e.GetProperty("value"), surface, e.GetProperty("obfuscated").GetBoolean()),
                    $"{doc.Id}: {e} does not match '{surface}'");
                count++;
            }
        }

        Assert.True(count > FieldCorpusFixture.AdCount * 3, $"{count} entities");
    }

    [Fact]
    public void Phones_are_fictional_and_emails_on_example_domains()
    {
        var entities = corpus.Documents.SelectMany(d => d.Entities).ToList();
        Assert.All(entities.Where(e => e.Type == "phone"), e => Assert.Matches(SurfaceOracle.FictionPhone(), e.Value));
        Assert.All(entities.Where(e => e.Type == "email"), e => Assert.Matches(@"^[a-z0-9._]+@example\.(com|org|net)$", e.Value));
        Assert.DoesNotMatch(new Regex(@"[a-z0-9._]@(?!example\.(com|org|net)\b)[a-z0-9-]+\.[a-z]{2,}", RegexOptions.IgnoreCase), string.Join("\n", corpus.Texts.Values));
    }

    [Fact]
    public void Obfuscation_styles_of_the_classic_writer_all_appear_in_network_ads()
    {
        var surfaces = corpus.Documents.Where(d => d.Label == "trafficking")
            .SelectMany(d => d.Phones.Where(p => p.Obfuscated).Select(p => corpus.Texts[d.Id][p.Start..p.End])).ToList();
        Assert.Contains(surfaces, s => s.Contains("five", StringComparison.Ordinal));
        Assert.Contains(surfaces, s => s.Contains('\uFF15') || s.Contains("\U0001D7D3", StringComparison.Ordinal) || s.Contains('\u0665') || s.Contains('\u096B') || s.Contains('\u2464'));
        Assert.Contains(surfaces, s => s.Contains('\u20E3'));
        Assert.Contains(surfaces, s => s.Contains('O') || s.Contains('l'));
    }
}
