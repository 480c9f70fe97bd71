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
    public void Shipped_pack_has_every_required_category_and_no_movement_rule()
    {
        var categories = IndicatorEngine.Default.Rules.Select(r => r.Category).ToHashSet();
        foreach (var category in new[] { "obscured-contact", "youth", "ethnicity", "trust", "third-party", "multiple-providers", "restricted-freedom", "payment-control", "price" })
        {
            Assert.Contains(category, categories);
        }

        Assert.DoesNotContain("movement", categories);
        foreach (var rule in IndicatorEngine.Default.Rules.Where(r => r.Signal is null))
        {
            Assert.True(rule.Phrases.ContainsKey("en") && rule.Phrases.ContainsKey("es") && rule.Phrases.ContainsKey("fr"), rule.Id);
        }
    }

    [Theory]
    [InlineData("New in town!! Just arrived, leaving soon.")]
    [InlineData("¡Nueva en la ciudad! ¡Recién llegada!")]
    [InlineData("Nouvelle en ville ! Tout juste arrivée !")]
    [InlineData("Hi, I'm Ruby, 27. Independent escort, by appointment only. My rates: $300. Screening required.")]
    public void Movement_wording_and_plain_adult_work_do_not_fire(string text)
    {
        Assert.Empty(IndicatorEngine.Default.Match(text, Extractor.Extract(text)));
    }

    private static bool Fires(IndicatorRule rule, string text) =>
        IndicatorEngine.Default.Match(text, Extractor.Extract(text), "Anytown, US", new FixedPrices(200)).Any(h => h.Rule.Id == rule.Id);

    private sealed class FixedPrices(double median) : IPriceReference
    {
        public double? Median(string location, string currency) => median;
    }
}
