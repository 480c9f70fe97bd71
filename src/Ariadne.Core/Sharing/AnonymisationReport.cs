namespace Ariadne.Core.Sharing;

/// <summary>What the anonymiser did: counts, k, and the level chosen for each quasi-identifier.</summary>
/// <param name="Levels">Quasi-identifier name (age, location, posted, kind) → chosen level name (e.g. "country").</param>
public sealed record AnonymisationReport(
    int RecordsIn,
    int RecordsOut,
    int Suppressed,
    int K,
    double MaxSuppression,
    IReadOnlyDictionary<string, string> Levels);
