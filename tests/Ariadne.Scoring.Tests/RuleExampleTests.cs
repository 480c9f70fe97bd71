using Ariadne.Extraction;
using Ariadne.Scoring.Matching;
using Ariadne.Scoring.Rules;

namespace Ariadne.Scoring.Tests;

/// <summary>Every example written in the shipped rule packs must (or must not) make its rule fire.</summary>
public sealed class RuleExampleTests
{
    private static readonly EntityExtractor Extractor = new();

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var rule in IndicatorEngine.Default.Rules)
        {
            data.Add(rule.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Examples_match_and_do_not_match_as_written(string id)
    {
        var rule = IndicatorEngine.Default.Rules.Single(r => r.Id == id);
        foreach (var text in rule.MustMatch)
        {
            Assert.True(Fires(rule, text), $"{id} should fire on: {text}");
        }

        foreach (var text in rule.MustNotMatch)
        {
            Assert.False(Fires(rule, text), $"{id} should not fire on: {text}");
        }
    }

    [Fact]
    public void Shipped_pack_has_every_category_movement_only_as_a_counter_indicator_and_four_languages()
    {
        var categories = IndicatorEngine.Default.Rules.Select(r => r.Category).ToHashSet();
        foreach (var category in new[] { "obscured-contact", "youth", "ethnicity", "trust", "third-party", "multiple-providers", "restricted-freedom", "payment-control", "price", "movement", "network" })
        {
            Assert.Contains(category, categories);
        }

        Assert.All(IndicatorEngine.Default.Rules, r => Assert.Equal(r.Category == "movement", r.IsCounterIndicator));
        foreach (var rule in IndicatorEngine.Default.Rules.Where(r => r.Signal is null))
        {
            Assert.True(new[] { "en", "es", "fr", "pt" }.All(rule.Phrases.ContainsKey), rule.Id);
        }
    }

    [Theory]
    [InlineData("New in town!! Just arrived, leaving soon.")]
    [InlineData("¡Nueva en la ciudad! ¡Recién llegada!")]
    [InlineData("Nouvelle en ville ! Tout juste arrivée !")]
    [InlineData("Nova na cidade, só esta semana!")]
    public void Movement_wording_fires_only_the_counter_indicator(string text)
    {
        var hits = IndicatorEngine.Default.Match(text, Extractor.Extract(text));
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.True(h.Rule.Category == "movement" && h.Rule.IsCounterIndicator, h.Explanation));
    }

    [Theory]
    [InlineData("Hi, I'm Ruby, 27. Independent escort, by appointment only. My rates: $300. Screening required.")]
    [InlineData("Olá, sou a Ana, 30 anos. Independente, atendo com hora marcada. Valores no WhatsApp.")]
    public void Plain_adult_work_does_not_fire(string text)
    {
        Assert.Empty(IndicatorEngine.Default.Match(text, Extractor.Extract(text)));
    }

    [Fact]
    public void Title_wording_is_read_and_its_spans_point_into_the_title()
    {
        const string title = "100% REAL pics ✅";
        const string text = "Hi, I'm Ruby, 27. By appointment.";
        var hits = IndicatorEngine.Default.MatchAd(title, text, Extractor.Extract(text), null, null);
        var hit = Assert.Single(hits);
        Assert.True(hit.InTitle);
        Assert.Equal("trust", hit.Rule.Category);
        Assert.StartsWith("100% REAL pics", title[hit.Start..hit.End], StringComparison.Ordinal);
    }

    private static bool Fires(IndicatorRule rule, string text) =>
        IndicatorEngine.Default.Match(text, Extractor.Extract(text), "Anytown, US", new FixedPrices(200)).Any(h => h.Rule.Id == rule.Id);

    private sealed class FixedPrices(double median) : IPriceReference
    {
        public double? Median(string location, string currency) => median;
    }
}
