namespace Ariadne.Imaging.Pdq;

/// <summary>
/// Dihedral transforms of a pixel grid in the image domain (used for EXIF orientation and for hashing each
/// rotated/flipped image separately, as python-threatexchange does). Rotations follow PIL: ROTATE_90 is
/// counter-clockwise.
/// </summary>
public static class LumaTransform
{
    /// <summary>Width and height after the transform.</summary>
    public static (int Width, int Height) Size(Dihedral transform, int width, int height) =>
        Transposes(transform) ? (height, width) : (width, height);

    /// <summary>True for the transforms that swap width and height.</summary>
    public static bool Transposes(Dihedral transform) => transform is Dihedral.Rotate90 or Dihedral.Rotate270
        or Dihedral.FlipPlus1 or Dihedral.FlipMinus1;

    /// <summary>Writes the transformed width × height grid <paramref name="src"/> into <paramref name="dst"/>.</summary>
    public static void Apply<T>(Dihedral transform, ReadOnlySpan<T> src, Span<T> dst, int width, int height)
    {
        var (w2, h2) = Size(transform, width, height);
        if (src.Length < width * height || dst.Length < width * height)
        {
            throw new ArgumentException("Buffers are smaller than width × height.");
        }
        for (var y2 = 0; y2 < h2; y2++)
        {
            for (var x2 = 0; x2 < w2; x2++)
            {
                var (x, y) = transform switch
                {
                    Dihedral.Original => (x2, y2),
                    Dihedral.Rotate90 => (width - 1 - y2, x2),
                    Dihedral.Rotate180 => (width - 1 - x2, height - 1 - y2),
                    Dihedral.Rotate270 => (y2, height - 1 - x2),
                    Dihedral.FlipX => (x2, height - 1 - y2),
                    Dihedral.FlipY => (width - 1 - x2, y2),
                    Dihedral.FlipPlus1 => (y2, x2),
                    Dihedral.FlipMinus1 => (width - 1 - y2, height - 1 - x2),
                    _ => throw new ArgumentOutOfRangeException(nameof(transform), transform, null),
                };
                dst[(y2 * w2) + x2] = src[(y * width) + x];
            }
        }
    }

    /// <summary>The transform that turns an image stored with EXIF orientation 1..8 upright (PIL's exif_transpose).</summary>
    public static Dihedral FromExifOrientation(int orientation) => orientation switch
    {
        2 => Dihedral.FlipY,
        3 => Dihedral.Rotate180,
        4 => Dihedral.FlipX,
        5 => Dihedral.FlipPlus1,
        6 => Dihedral.Rotate270,
        7 => Dihedral.FlipMinus1,
        8 => Dihedral.Rotate90,
        _ => Dihedral.Original,
    };
}
