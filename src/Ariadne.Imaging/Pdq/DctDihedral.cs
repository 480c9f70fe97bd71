namespace Ariadne.Imaging.Pdq;

/// <summary>
/// Step 7: the dihedral variants computed in the DCT domain, as the C++/Java reference does: a transform of the
/// image only transposes the coefficient block and flips the sign of odd frequencies along the mirrored axes.
/// Index 0 is frequency 1, so an even index is an odd frequency (the one that changes sign under a mirror).
/// </summary>
internal static class DctDihedral
{
    public static void Apply(Dihedral transform, ReadOnlySpan<float> a, Span<float> b)
    {
        for (var i = 0; i < 16; i++)
        {
            for (var j = 0; j < 16; j++)
            {
                var v = a[(i * 16) + j];
                bool iOdd = (i & 1) != 0, jOdd = (j & 1) != 0, sumOdd = ((i + j) & 1) != 0;
                switch (transform)
                {
                    case Dihedral.Original: b[(i * 16) + j] = v; break;
                    case Dihedral.Rotate90: b[(j * 16) + i] = jOdd ? v : -v; break;
                    case Dihedral.Rotate180: b[(i * 16) + j] = sumOdd ? -v : v; break;
                    case Dihedral.Rotate270: b[(j * 16) + i] = iOdd ? v : -v; break;
                    case Dihedral.FlipX: b[(i * 16) + j] = iOdd ? v : -v; break;
                    case Dihedral.FlipY: b[(i * 16) + j] = jOdd ? v : -v; break;
                    case Dihedral.FlipPlus1: b[(j * 16) + i] = v; break;
                    case Dihedral.FlipMinus1: b[(j * 16) + i] = sumOdd ? -v : v; break;
                    default: throw new ArgumentOutOfRangeException(nameof(transform), transform, null);
                }
            }
        }
    }
}
