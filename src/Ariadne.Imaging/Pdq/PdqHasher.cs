using System.Buffers;

namespace Ariadne.Imaging.Pdq;

/// <summary>
/// PDQ hashing of a float luminance grid (Meta's published algorithm; the ThreatExchange reference ports are the
/// spec). Thread-safe: all scratch space comes from the stack or the shared array pool.
/// </summary>
public static class PdqHasher
{
    /// <summary>The 8 dihedral transforms in the reference's output order.</summary>
    public static IReadOnlyList<Dihedral> DihedralOrder { get; } =
    [
        Dihedral.Original, Dihedral.Rotate90, Dihedral.Rotate180, Dihedral.Rotate270,
        Dihedral.FlipX, Dihedral.FlipY, Dihedral.FlipPlus1, Dihedral.FlipMinus1,
    ];

    /// <summary>Hashes a height × width luminance grid (row-major). Images under 5 px on a side get the zero hash, quality 0.</summary>
    public static PdqResult Hash(ReadOnlySpan<float> luma, int width, int height)
    {
        Validate(luma, width, height);
        if (width < PdqPipeline.MinimumDimension || height < PdqPipeline.MinimumDimension)
        {
            return new PdqResult(PdqHash.Zero, 0);
        }
        Span<float> dct = stackalloc float[256];
        var quality = PdqPipeline.Dct(luma, width, height, dct, skip64Filter: true);
        return new PdqResult(MedianBits.ToHash(dct), quality);
    }

    /// <summary>
    /// The 8 dihedral hashes the way the C++/Java reference computes them: one DCT, then sign flips and transposes
    /// of the coefficients. Order: <see cref="DihedralOrder"/>. Quality is that of the original.
    /// </summary>
    public static (PdqHash[] Hashes, int Quality) HashDihedral(ReadOnlySpan<float> luma, int width, int height)
    {
        Validate(luma, width, height);
        var hashes = new PdqHash[8];
        if (width < PdqPipeline.MinimumDimension || height < PdqPipeline.MinimumDimension)
        {
            return (hashes, 0);
        }
        Span<float> dct = stackalloc float[256];
        Span<float> aux = stackalloc float[256];
        var quality = PdqPipeline.Dct(luma, width, height, dct, skip64Filter: false);
        for (var i = 0; i < 8; i++)
        {
            DctDihedral.Apply(DihedralOrder[i], dct, aux);
            hashes[i] = MedianBits.ToHash(aux);
        }
        return (hashes, quality);
    }

    /// <summary>
    /// The 8 dihedral hashes by transforming the image and hashing each result, as python-threatexchange does
    /// (its published LA.png vectors are produced this way). Within a few bits of <see cref="HashDihedral"/>,
    /// not identical: the box filter and decimation are not mirror-symmetric.
    /// </summary>
    public static (PdqHash[] Hashes, int[] Qualities) HashDihedralByImage(ReadOnlySpan<float> luma, int width, int height)
    {
        Validate(luma, width, height);
        var hashes = new PdqHash[8];
        var qualities = new int[8];
        var n = width * height;
        var buffer = ArrayPool<float>.Shared.Rent(n);
        try
        {
            for (var i = 0; i < 8; i++)
            {
                var transform = DihedralOrder[i];
                LumaTransform.Apply<float>(transform, luma, buffer, width, height);
                var (w, h) = LumaTransform.Size(transform, width, height);
                (hashes[i], qualities[i]) = Hash(buffer.AsSpan(0, n), w, h);
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(buffer);
        }
        return (hashes, qualities);
    }

    private static void Validate(ReadOnlySpan<float> luma, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        ArgumentOutOfRangeException.ThrowIfNegative(height);
        if ((long)width * height > luma.Length)
        {
            throw new ArgumentException($"The luma buffer holds {luma.Length} values, fewer than {width} × {height}.", nameof(luma));
        }
    }
}
