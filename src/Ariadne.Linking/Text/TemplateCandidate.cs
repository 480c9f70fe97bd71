namespace Ariadne.Linking.Text;

/// <summary>
/// One pair that template linking weighed (collected only when <see cref="LinkOptions.CollectTemplateCandidates"/>
/// is set, for tuning and diagnosis): two documents standing for their identities, how many rare kept phrases the
/// identities share, whether both had identifiers, and what was decided ("joined", "weak", "unlike", "too many
/// identities", "ambiguous", "already one").
/// </summary>
public sealed record TemplateCandidate(int A, int B, int Shared, bool Identities, string Decision);
