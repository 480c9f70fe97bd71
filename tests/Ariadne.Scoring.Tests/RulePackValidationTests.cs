using Ariadne.Scoring.Rules;

namespace Ariadne.Scoring.Tests;

public sealed class RulePackValidationTests
{
    private const string Good = """
        pack: test
        version: 1
        rules:
          - id: trust.test
            version: 1
            category: trust
            description: Insists the ad is real.
            likelihood_ratio: 2.0
            evidence: A study.
            source: A paper.
            cite: Paper 2024
            patterns:
              en: ["100% real"]
              es: ["100% reales"]
              fr: ["100% reelles"]
              pt: ["100% reais"]
            examples:
              match: ["100% real"]
              no_match: ["hello"]
        """;

    [Fact]
    public void A_valid_pack_loads_with_its_fields()
    {
        var pack = RulePackLoader.Parse(Good, "test.yaml");
        var rule = Assert.Single(pack.Rules);
        Assert.Equal("trust.test@1", rule.VersionedId);
        Assert.Equal(2.0, rule.LikelihoodRatio);
        Assert.Equal(Math.Log(2.0), rule.Weight, 12);
        Assert.Equal("Paper 2024", rule.Cite);
        Assert.Equal(["100% reales"], rule.Phrases["es"]);
    }

    [Fact]
    public void A_bad_likelihood_ratio_is_reported_with_file_line_and_field()
    {
        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(Good.Replace("likelihood_ratio: 2.0", "likelihood_ratio: heavy", StringComparison.Ordinal), "packs/a.yaml"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("packs/a.yaml", problem.File);
        Assert.Equal(8, problem.Line);
        Assert.Equal("rules[0].likelihood_ratio", problem.Field);
        Assert.Contains("packs/a.yaml:8: rules[0].likelihood_ratio", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("likelihood_ratio: 1", "not 1")]
    [InlineData("likelihood_ratio: 0.5", "only movement rules may lower the risk")]
    [InlineData("likelihood_ratio: 101", "at most 100")]
    public void A_ratio_of_no_evidence_or_the_wrong_direction_is_refused(string line, string reason)
    {
        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(Good.Replace("likelihood_ratio: 2.0", line, StringComparison.Ordinal), "a.yaml"));
        Assert.Contains(reason, Assert.Single(ex.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Movement_wording_may_only_lower_the_risk_with_the_reason()
    {
        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(Good.Replace("category: trust", "category: movement", StringComparison.Ordinal), "a.yaml"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal(8, problem.Line);
        Assert.Equal("rules[0].likelihood_ratio", problem.Field);
        Assert.Contains("less likely in trafficking", problem.Message, StringComparison.Ordinal);

        var counter = RulePackLoader.Parse(Good.Replace("category: trust", "category: movement", StringComparison.Ordinal).Replace("likelihood_ratio: 2.0", "likelihood_ratio: 0.3", StringComparison.Ordinal), "a.yaml");
        Assert.True(Assert.Single(counter.Rules).IsCounterIndicator);
    }

    [Theory]
    [InlineData("~5 real", "a gap is ~1 to ~4")]
    [InlineData("100 ~2", "never at the start or end")]
    [InlineData("re* estate", "at least 3 letters")]
    [InlineData("(real|) pics", "empty alternative")]
    [InlineData("(real pics", "unclosed choice")]
    public void Pattern_syntax_errors_say_what_is_wrong(string pattern, string reason)
    {
        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(Good.Replace("en: [\"100% real\"]", "en: [\"" + pattern + "\"]", StringComparison.Ordinal), "a.yaml"));
        var problem = Assert.Single(ex.Problems);
        Assert.Equal("rules[0].patterns.en[0]", problem.Field);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_language_unknown_field_and_bad_placeholder_are_all_reported()
    {
        var yaml = Good.Replace("      fr: [\"100% reelles\"]\n", string.Empty, StringComparison.Ordinal)
            .Replace("    source: A paper.", "    source: A paper.\n    colour: red", StringComparison.Ordinal)
            .Replace("[\"100% reales\"]", "[\"pago {wallet}\"]", StringComparison.Ordinal);
        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(yaml, "a.yaml"));
        var fields = ex.Problems.Select(p => p.Field).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["rules[0].colour", "rules[0].patterns.es[0]", "rules[0].patterns.fr"], fields);
        Assert.Equal(11, ex.Problems.Single(p => p.Field == "rules[0].colour").Line);
    }

    [Fact]
    public void Missing_examples_are_reported()
    {
        var yaml = Good[..Good.IndexOf("    examples:", StringComparison.Ordinal)];
        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse(yaml, "a.yaml"));
        Assert.Equal("rules[0].examples", Assert.Single(ex.Problems).Field);
    }

    [Fact]
    public void Yaml_syntax_errors_name_the_line()
    {
        var ex = Assert.Throws<RulePackException>(() => RulePackLoader.Parse("pack: x\nrules: [\n  - a: b\n", "bad.yaml"));
        Assert.Equal("(syntax)", Assert.Single(ex.Problems).Field);
        Assert.True(ex.Problems[0].Line >= 3);
    }
}
