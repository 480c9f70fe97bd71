namespace Ariadne.Scoring.Rules;

/// <summary>
/// One indicator rule from a rule pack: what it looks for (phrases per language and/or a built-in signal), how
/// much it counts, the public evidence behind it, and the examples its tests run.
/// </summary>
public sealed class IndicatorRule
{
    /// <summary>Stable id within the pack, e.g. <c>youth.coded-terms</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Bumped whenever the patterns or weight change, so stored hits say which logic produced them.</summary>
    public required int Version { get; init; }

    public required string Category { get; init; }

    /// <summary>What the rule means, in words an analyst reads next to the hit.</summary>
    public required string Description { get; init; }

    /// <summary>
    /// How much more often the wording appears in trafficking ads than in others (below 1: less often, a
    /// counter-indicator such as movement language). The evidence model adds its natural log to the log-odds.
    /// </summary>
    public required double LikelihoodRatio { get; init; }

    /// <summary>The rule's evidence weight: ln(<see cref="LikelihoodRatio"/>), in log-odds (negative for a counter-indicator).</summary>
    public double Weight => Math.Log(LikelihoodRatio);

    /// <summary>Whether the rule lowers the risk (likelihood ratio below 1).</summary>
    public bool IsCounterIndicator => LikelihoodRatio < 1;

    /// <summary>Why the weight is what it is: the finding it rests on.</summary>
    public required string Evidence { get; init; }

    /// <summary>Public source of the indicator (paper, NGO list).</summary>
    public required string Source { get; init; }

    /// <summary>The source in a few words for explanations, e.g. "Lugo-Graulich et al. 2024".</summary>
    public required string Cite { get; init; }

    /// <summary>Phrases per language code (en, es, fr, ...); each phrase is a token sequence, see rules/README.md.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Phrases { get; init; }

    /// <summary>A built-in signal the rule also fires on (<see cref="SignalKind"/>), or null.</summary>
    public SignalKind? Signal { get; init; }

    public required IReadOnlyList<string> MustMatch { get; init; }

    public required IReadOnlyList<string> MustNotMatch { get; init; }

    /// <summary>The id stored with each hit: <c>id@version</c>.</summary>
    public string VersionedId => Id + "@" + Version.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
