namespace Ariadne.Linking.Text;

/// <summary>Documents joined by near-duplicate text (ordinals), and whether the hub guard judged the family boilerplate.</summary>
public sealed record TextFamily(int[] Members, bool Boilerplate, int Groups);
