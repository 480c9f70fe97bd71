namespace Ariadne.Linking;

/// <summary>Where the time of one linking run went (for the benchmark and the CLI's verbose summary).</summary>
public sealed record LinkTimings(TimeSpan Identifiers, TimeSpan Signatures, TimeSpan Candidates, TimeSpan Components)
{
    public long CandidatePairs { get; init; }

    public long VerifiedPairs { get; init; }
}
