namespace Ariadne.Investigation.Cases;

/// <summary>
/// The outcome of verifying one case: how much was checked and the first problem found, if any.
/// <see cref="BrokenSequence"/> is the first audit record that fails (null when the problem is in evidence or
/// checkpoints only). <see cref="SignedHead"/> is the record the head signed outside the database vouches for
/// (null when that check was not reached).
/// </summary>
public sealed record CaseVerification(
    string CaseId,
    int Records,
    int Checkpoints,
    int SignedCheckpoints,
    int Evidence,
    string? HeadHash,
    long? BrokenSequence,
    string? Problem,
    long? SignedHead = null)
{
    public bool Intact => Problem is null;

    /// <summary>One line for a terminal or a report.</summary>
    public string Describe() => Intact
        ? $"case {CaseId}: intact — {Records} audit records, {SignedCheckpoints} of {Checkpoints} checkpoints signed by this key, signed head at record {SignedHead}, {Evidence} evidence files hashed"
        : BrokenSequence is { } sequence
            ? $"case {CaseId}: BROKEN at audit record {sequence}: {Problem}"
            : $"case {CaseId}: BROKEN: {Problem}";
}
