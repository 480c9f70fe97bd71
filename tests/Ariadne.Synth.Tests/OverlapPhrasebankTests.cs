using Ariadne.Synth.Model;
using Ariadne.Synth.Overlap;

namespace Ariadne.Synth.Tests;

/// <summary>The paraphrase banks are large, distinct and one indicator's each; the public API serves them filled.</summary>
public sealed class OverlapPhrasebankTests
{
    public static TheoryData<string, string> Banks()
    {
        var data = new TheoryData<string, string>();
        foreach (var indicator in OverlapPhrasebank.Indicators)
        {
            foreach (var lang in OverlapPhrasebank.Languages)
            {
                data.Add(indicator, lang);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Banks))]
    public void Every_indicator_has_at_least_25_distinct_paraphrases_in_every_language(string indicator, string lang)
    {
        var paraphrases = OverlapPhrasebank.Paraphrases(indicator, lang);
        Assert.True(paraphrases.Count >= 25, $"{indicator}/{lang}: {paraphrases.Count}");
        Assert.Equal(paraphrases.Count, paraphrases.Distinct(StringComparer.Ordinal).Count());
        Assert.All(paraphrases, p => Assert.DoesNotContain('{', p));
        Assert.All(paraphrases, p => Assert.DoesNotContain('[', p));
        Assert.All(paraphrases, p => Assert.False(string.IsNullOrWhiteSpace(p)));
        Assert.Same(paraphrases, OverlapPhrasebank.Paraphrases(indicator, lang));

        if (indicator != OverlapIndicators.ObscuredPhone)
        {
            // The banks themselves are distinct, not only their filled examples (case and spacing aside).
            var templates = OverlapPhrasebank.Templates(OverlapIndicators.IndexOf(indicator), LangOf(lang));
            Assert.Equal(templates.Count, templates.Select(t => t.ToLowerInvariant().Replace(" ", string.Empty, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void A_phrase_belongs_to_one_indicator_only()
    {
        foreach (var lang in OverlapPhrasebank.Languages)
        {
            var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var indicator in OverlapPhrasebank.Indicators.Where(i => i != OverlapIndicators.ObscuredPhone))
            {
                foreach (var phrase in OverlapPhrasebank.Templates(OverlapIndicators.IndexOf(indicator), LangOf(lang)))
                {
                    Assert.True(owner.TryAdd(phrase, indicator), $"{lang}: '{phrase}' is in {indicator} and {owner.GetValueOrDefault(phrase)}");
                }
            }
        }
    }

    [Fact]
    public void Youth_wording_states_no_age_and_only_the_age_bank_has_an_age_slot()
    {
        foreach (var lang in OverlapPhrasebank.Languages)
        {
            Assert.All(OverlapPhrasebank.Paraphrases(OverlapIndicators.Youth, lang), p => Assert.DoesNotContain(p, char.IsDigit));
            foreach (var indicator in OverlapPhrasebank.Indicators.Where(i => i is not OverlapIndicators.ObscuredPhone))
            {
                var templates = OverlapPhrasebank.Templates(OverlapIndicators.IndexOf(indicator), LangOf(lang));
                Assert.All(templates, t => Assert.Equal(indicator == OverlapIndicators.Age18To22, t.Contains("{age}", StringComparison.Ordinal)));
            }
        }
    }

    [Fact]
    public void The_api_lists_eleven_indicators_four_neutral_and_refuses_unknown_names()
    {
        Assert.Equal(11, OverlapPhrasebank.Indicators.Count);
        Assert.Equal(new[] { "screening", "age-18-22", "services", "rates" }, OverlapIndicators.Neutral);
        Assert.Equal(new[] { "en", "es", "fr", "pt" }, OverlapPhrasebank.Languages);
        Assert.Throws<ArgumentOutOfRangeException>(() => OverlapPhrasebank.Paraphrases("nonsense", "en"));
        Assert.Throws<ArgumentOutOfRangeException>(() => OverlapPhrasebank.Paraphrases(OverlapIndicators.Trust, "de"));
    }

    private static Lang LangOf(string code) => code switch { "es" => Lang.Es, "fr" => Lang.Fr, "pt" => Lang.Pt, _ => Lang.En };
}
