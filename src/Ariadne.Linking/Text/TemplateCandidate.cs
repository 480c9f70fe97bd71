namespace Ariadne.Linking.Text;

/// <summary>
/// One pair that template linking weighed (collected only when <see cref="LinkOptions.CollectTemplateCandidates"/>
/// is set, for tuning and diagnosis): two documents standing for their identities, how many rare kept phrases the
/// identities share, whether both had identifiers, and what was decided ("joined", "weak", "partial" (too small a share of either side), "unlike: " and why, "too many
/// identities", "ambiguous", "already one").
/// </summary>
public sealed record TemplateCandidate(int A, int B, int Shared, bool Identities, string Decision, IdentityComparison Context)
{
    /// <summary>Shared rare phrases as a share of the rare phrases of the smaller side.</summary>
    public double Coverage { get; init; }
}
