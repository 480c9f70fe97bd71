namespace Ariadne.Scoring.Rules;

/// <summary>The indicator categories a rule may use (issue 8). Movement is deliberately absent: see rules/README.md.</summary>
public static class RuleCategories
{
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "obscured-contact", "youth", "ethnicity", "trust", "third-party", "multiple-providers", "restricted-freedom",
        "payment-control", "price",
    };

    /// <summary>Languages every phrase rule must cover.</summary>
    public static readonly IReadOnlyList<string> RequiredLanguages = ["en", "es", "fr"];
}
