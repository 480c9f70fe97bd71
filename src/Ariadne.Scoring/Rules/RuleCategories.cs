namespace Ariadne.Scoring.Rules;

/// <summary>
/// The indicator categories a rule may use. Movement is a counter-indicator (its rules must have a likelihood ratio
/// below 1, see rules/README.md); network holds signals computed from linked ads rather than wording.
/// </summary>
public static class RuleCategories
{
    public const string Movement = "movement";

    public const string Network = "network";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "obscured-contact", "youth", "ethnicity", "trust", "third-party", "multiple-providers", "restricted-freedom",
        "payment-control", "price", Movement, Network,
    };

    /// <summary>Languages every phrase rule must cover.</summary>
    public static readonly IReadOnlyList<string> RequiredLanguages = ["en", "es", "fr", "pt"];
}
