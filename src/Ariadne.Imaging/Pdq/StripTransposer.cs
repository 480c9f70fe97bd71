using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ariadne.Imaging.Pdq;

/// <summary>
/// Moves a horizontal strip of up to <see cref="Height"/> rows between the row-major image and a "lanes are rows"
/// layout (strip[j·Height + l] = image[row l, column j]), in 8×8 blocks transposed inside AVX registers. In that
/// layout a filter along rows becomes <see cref="BoxFilter.Columns"/> over Height independent lanes, walking
/// memory contiguously, with no full-image transpose: the strip (Height × width floats) stays in L1/L2.
/// Only data moves here, never arithmetic, so the result is bit-identical whichever path runs.
/// </summary>
internal static class StripTransposer
{
    /// <summary>Rows per strip: 4 vectors of 8 lanes, so the running sums form 4 independent dependency chains.</summary>
    public const int Height = 32;

    /// <summary>strip[j·Height + l] = src[(row0 + l)·width + j] for l &lt; rows (other lanes are zeroed; they never reach the output).</summary>
    public static void Load(ReadOnlySpan<float> src, int width, int row0, int rows, Span<float> strip, bool vectorised = true)
    {
        if (src.Length < (row0 + rows) * width || strip.Length < width * Height || rows > Height)
        {
            throw new ArgumentException("Strip buffers are too small.");
        }
        ref var s = ref MemoryMarshal.GetReference(src);
        ref var d = ref MemoryMarshal.GetReference(strip);
        var fullBlocks = vectorised && Avx.IsSupported ? rows / 8 : 0;
        var fullCols = width & ~7;
        for (var b = 0; b < fullBlocks; b++)
        {
            ref var rowBase = ref Unsafe.Add(ref s, (row0 + (b * 8)) * width);
            for (var j = 0; j < fullCols; j += 8)
            {
                Transpose8x8(ref Unsafe.Add(ref rowBase, j), width, ref Unsafe.Add(ref d, (j * Height) + (b * 8)), Height);
            }
        }
        // Column tail of the full blocks, then the partial block of rows (and its zero lanes), element by element.
        var done = fullBlocks * 8;
        for (var l = 0; l < done; l++)
        {
            for (var j = fullCols; j < width; j++)
            {
                Unsafe.Add(ref d, (j * Height) + l) = Unsafe.Add(ref s, ((row0 + l) * width) + j);
            }
        }
        for (var l = done; l < Height; l++)
        {
            for (var j = 0; j < width; j++)
            {
                Unsafe.Add(ref d, (j * Height) + l) = l < rows ? Unsafe.Add(ref s, ((row0 + l) * width) + j) : 0f;
            }
        }
    }

    /// <summary>dst[(row0 + l)·dstWidth + j] = strip[j·Height + l] for l &lt; rows, j &lt; cols: the inverse of <see cref="Load"/>.</summary>
    public static void Store(ReadOnlySpan<float> strip, int cols, Span<float> dst, int dstWidth, int row0, int rows, bool vectorised = true)
    {
        if (dst.Length < (row0 + rows) * dstWidth || strip.Length < cols * Height || rows > Height || cols > dstWidth)
        {
            throw new ArgumentException("Strip buffers are too small.");
        }
        ref var s = ref MemoryMarshal.GetReference(strip);
        ref var d = ref MemoryMarshal.GetReference(dst);
        var fullBlocks = vectorised && Avx.IsSupported ? rows / 8 : 0;
        var fullCols = cols & ~7;
        for (var b = 0; b < fullBlocks; b++)
        {
            ref var rowBase = ref Unsafe.Add(ref d, (row0 + (b * 8)) * dstWidth);
            for (var j = 0; j < fullCols; j += 8)
            {
                // The 8×8 block at (strip row j, lane 8b) transposed is the image block at (row 8b, column j).
                Transpose8x8(ref Unsafe.Add(ref s, (j * Height) + (b * 8)), Height, ref Unsafe.Add(ref rowBase, j), dstWidth);
            }
        }
        var done = fullBlocks * 8;
        for (var l = 0; l < rows; l++)
        {
            var from = l < done ? fullCols : 0;
            for (var j = from; j < cols; j++)
            {
                Unsafe.Add(ref d, ((row0 + l) * dstWidth) + j) = Unsafe.Add(ref s, (j * Height) + l);
            }
        }
    }

    // Reads 8 rows of 8 floats (row stride srcStride) and writes their transpose (row stride dstStride).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Transpose8x8(ref float src, int srcStride, ref float dst, int dstStride)
    {
        var r0 = Vector256.LoadUnsafe(ref src);
        var r1 = Vector256.LoadUnsafe(ref src, (nuint)srcStride);
        var r2 = Vector256.LoadUnsafe(ref src, (nuint)(2 * srcStride));
        var r3 = Vector256.LoadUnsafe(ref src, (nuint)(3 * srcStride));
        var r4 = Vector256.LoadUnsafe(ref src, (nuint)(4 * srcStride));
        var r5 = Vector256.LoadUnsafe(ref src, (nuint)(5 * srcStride));
        var r6 = Vector256.LoadUnsafe(ref src, (nuint)(6 * srcStride));
        var r7 = Vector256.LoadUnsafe(ref src, (nuint)(7 * srcStride));

        var t0 = Avx.UnpackLow(r0, r1);
        var t1 = Avx.UnpackHigh(r0, r1);
        var t2 = Avx.UnpackLow(r2, r3);
        var t3 = Avx.UnpackHigh(r2, r3);
        var t4 = Avx.UnpackLow(r4, r5);
        var t5 = Avx.UnpackHigh(r4, r5);
        var t6 = Avx.UnpackLow(r6, r7);
        var t7 = Avx.UnpackHigh(r6, r7);

        var u0 = Avx.Shuffle(t0, t2, 0x44);
        var u1 = Avx.Shuffle(t0, t2, 0xEE);
        var u2 = Avx.Shuffle(t1, t3, 0x44);
        var u3 = Avx.Shuffle(t1, t3, 0xEE);
        var u4 = Avx.Shuffle(t4, t6, 0x44);
        var u5 = Avx.Shuffle(t4, t6, 0xEE);
        var u6 = Avx.Shuffle(t5, t7, 0x44);
        var u7 = Avx.Shuffle(t5, t7, 0xEE);

        Avx.Permute2x128(u0, u4, 0x20).StoreUnsafe(ref dst);
        Avx.Permute2x128(u1, u5, 0x20).StoreUnsafe(ref dst, (nuint)dstStride);
        Avx.Permute2x128(u2, u6, 0x20).StoreUnsafe(ref dst, (nuint)(2 * dstStride));
        Avx.Permute2x128(u3, u7, 0x20).StoreUnsafe(ref dst, (nuint)(3 * dstStride));
        Avx.Permute2x128(u0, u4, 0x31).StoreUnsafe(ref dst, (nuint)(4 * dstStride));
        Avx.Permute2x128(u1, u5, 0x31).StoreUnsafe(ref dst, (nuint)(5 * dstStride));
        Avx.Permute2x128(u2, u6, 0x31).StoreUnsafe(ref dst, (nuint)(6 * dstStride));
        Avx.Permute2x128(u3, u7, 0x31).StoreUnsafe(ref dst, (nuint)(7 * dstStride));
    }
}
