namespace Ariadne.Scoring.Rules;

/// <summary>A versioned file of indicator rules (rules/*.yaml).</summary>
public sealed class RulePack
{
    public required string Name { get; init; }

    public required int Version { get; init; }

    /// <summary>The file it was read from, for messages.</summary>
    public required string SourceFile { get; init; }

    public required IReadOnlyList<IndicatorRule> Rules { get; init; }
}
