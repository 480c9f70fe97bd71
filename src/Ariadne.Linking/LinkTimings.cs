namespace Ariadne.Linking;

/// <summary>Where the time of one linking run went (for the benchmark and the CLI's verbose summary).</summary>
public sealed record LinkTimings(TimeSpan Identifiers, TimeSpan Signatures, TimeSpan Candidates, TimeSpan Components)
{
    public long CandidatePairs { get; init; }

    public long VerifiedPairs { get; init; }

    /// <summary>Time spent sampling phrases and joining identities that share a template.</summary>
    public TimeSpan Template { get; init; }

    public int TemplateJoins { get; init; }

    /// <summary>Template joins refused because they would have made a component of too many identities.</summary>
    public int TemplateRefused { get; init; }
}
