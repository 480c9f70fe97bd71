namespace Ariadne.Linking.Text;

/// <summary>
/// How two identities compare on what an investigator checks: whether both name personas, how many names they share
/// (and that as a share of the smaller set), whether they share a city, and how much their active periods overlap
/// (as a share of the shorter one; 0 when they follow one another).
/// </summary>
public readonly record struct IdentityComparison(bool Named, int SharedNames, double NameOverlap, bool SharedCity, double TimeOverlap);
