using System.Buffers;

namespace Ariadne.Imaging.Pdq;

/// <summary>
/// Steps 2–5 wired together: luma → Jarosz box filter (2 × X,Y) → 64×64 decimation → quality → 16×16 DCT.
/// Bit-identical to the reference's pdqFloat256FromFloatLuma; faster because rows are filtered a 32-row strip at a
/// time with the strip transposed in registers (SIMD across independent running sums, see <see cref="StripTransposer"/>),
/// columns are filtered with SIMD across columns, and the second pass only divides where decimation samples.
/// </summary>
internal static class PdqPipeline
{
    /// <summary>Smallest width and height the reference hashes; smaller images get the zero hash and quality 0.</summary>
    public const int MinimumDimension = 5;

    /// <param name="luma">height × width luminance, row-major (not modified).</param>
    /// <param name="dct">receives the 16×16 coefficients.</param>
    /// <param name="skip64Filter">the reference's single-hash path uses a 64×64 input as-is (already downsampled);
    /// its dihedral path filters it anyway. Pass true to get the former.</param>
    /// <param name="vectorised">false forces the portable paths (for the tests that prove both paths agree).</param>
    /// <returns>quality.</returns>
    public static int Dct(ReadOnlySpan<float> luma, int width, int height, Span<float> dct, bool skip64Filter, bool vectorised = true)
    {
        Span<float> image64 = stackalloc float[64 * 64];
        if (skip64Filter && width == 64 && height == 64)
        {
            luma[..(64 * 64)].CopyTo(image64);
        }
        else
        {
            Downsample(luma, width, height, image64, vectorised);
        }
        var quality = QualityMetric.Compute(image64);
        Span<float> t = stackalloc float[16 * 64];
        Dct64To16.Compute(image64, t, dct);
        return quality;
    }

    private static void Downsample(ReadOnlySpan<float> luma, int width, int height, Span<float> image64, bool vectorised)
    {
        var n = width * height;
        var windowAlongRows = JaroszWindow.For(width);
        var windowAlongCols = JaroszWindow.For(height);
        Span<int> sampledRows = stackalloc int[64];
        Span<int> sampledCols = stackalloc int[64];
        Decimation.Indices(height, sampledRows);
        Decimation.Indices(width, sampledCols);

        const int S = StripTransposer.Height;
        var stripIn = ArrayPool<float>.Shared.Rent(width * S);
        // Pass 2 writes 64 sampled columns per strip, which for images under 64 px is more than width.
        var stripOut = ArrayPool<float>.Shared.Rent(Math.Max(width, 64) * S);
        var a = ArrayPool<float>.Shared.Rent(n);
        var b = ArrayPool<float>.Shared.Rent(n);
        var c = ArrayPool<float>.Shared.Rent(height * 64);
        var sum = ArrayPool<float>.Shared.Rent(Math.Max(64, width));
        try
        {
            // Pass 1 along rows, a strip of 32 rows at a time in the lanes-are-rows layout: luma → a.
            for (var row0 = 0; row0 < height; row0 += S)
            {
                var rows = Math.Min(S, height - row0);
                StripTransposer.Load(luma, width, row0, rows, stripIn, vectorised);
                FilterStrip(stripIn, stripOut, width, windowAlongRows, default, sum, vectorised);
                StripTransposer.Store(stripOut, width, a, width, row0, rows, vectorised);
            }
            // Pass 1 along columns, lanes are columns and rows are walked contiguously: a → b.
            BoxFilter.Columns(a, b, height, width, windowAlongCols, default, sum);
            // Pass 2 along rows: every running sum runs in full, but only the 64 sampled columns are divided
            // and kept: b → c (height × 64).
            for (var row0 = 0; row0 < height; row0 += S)
            {
                var rows = Math.Min(S, height - row0);
                StripTransposer.Load(b, width, row0, rows, stripIn, vectorised);
                FilterStrip(stripIn, stripOut, width, windowAlongRows, sampledCols, sum, vectorised);
                StripTransposer.Store(stripOut, 64, c, 64, row0, rows, vectorised);
            }
            // Pass 2 along the 64 sampled columns, divided only at the 64 sampled rows: c → image64.
            BoxFilter.Columns(c, image64, height, 64, windowAlongCols, sampledRows, sum);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(stripIn);
            ArrayPool<float>.Shared.Return(stripOut);
            ArrayPool<float>.Shared.Return(a);
            ArrayPool<float>.Shared.Return(b);
            ArrayPool<float>.Shared.Return(c);
            ArrayPool<float>.Shared.Return(sum);
        }
    }

    private static void FilterStrip(float[] stripIn, float[] stripOut, int length, int window, ReadOnlySpan<int> selected, float[] sum, bool vectorised)
    {
        if (vectorised && BoxFilterStrip.IsSupported)
        {
            BoxFilterStrip.Filter(stripIn, stripOut, length, window, selected);
        }
        else
        {
            BoxFilter.Columns(stripIn, stripOut, length, StripTransposer.Height, window, selected, sum);
        }
    }
}
