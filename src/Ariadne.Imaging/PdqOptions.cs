using Ariadne.Imaging.Decoding;
using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging;

/// <summary>Options for hashing image files.</summary>
public sealed record PdqOptions
{
    /// <summary>Decoding limits.</summary>
    public DecodeLimits Limits { get; init; } = DecodeLimits.Default;

    /// <summary>
    /// Rotate/flip the pixels upright according to the EXIF orientation tag before hashing. Off by default because
    /// the reference implementations ignore EXIF, so published hashes (and other platforms' banks) are of the
    /// stored pixels; the dihedral hashes cover re-uploads that were rotated.
    /// </summary>
    public bool ApplyExifOrientation { get; init; }

    /// <summary>
    /// Squash images over 512 px to 512 × 512 nearest-neighbour first, as the C++ reference tool does, and use its
    /// single-precision luma. Off by default (full resolution, as the Java and Python references).
    /// </summary>
    public bool ReferenceResize { get; init; }

    /// <summary>Luma arithmetic; ignored (single precision) when <see cref="ReferenceResize"/> is on.</summary>
    public LumaPrecision Luma { get; init; } = LumaPrecision.Double;

    /// <summary>How dihedral hashes are computed when they are asked for.</summary>
    public DihedralMethod DihedralMethod { get; init; } = DihedralMethod.Dct;

    public static PdqOptions Default { get; } = new();
}
