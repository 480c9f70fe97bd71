namespace Ariadne.Imaging.Pdq;

/// <summary>
/// The 8 dihedral transforms in the reference's order. Naming follows the reference, which is easy to misread:
/// <see cref="FlipX"/> mirrors top↔bottom, <see cref="FlipY"/> mirrors left↔right, <see cref="FlipPlus1"/> transposes
/// about the main diagonal, <see cref="FlipMinus1"/> about the anti-diagonal. Rotations are clockwise-agnostic in
/// name only: they match the reference's (and PIL's counter-clockwise) ROTATE_90/180/270.
/// </summary>
public enum Dihedral
{
    Original = 0,
    Rotate90 = 1,
    Rotate180 = 2,
    Rotate270 = 3,
    FlipX = 4,
    FlipY = 5,
    FlipPlus1 = 6,
    FlipMinus1 = 7,
}
