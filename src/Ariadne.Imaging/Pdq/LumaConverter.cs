using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Ariadne.Imaging.Pdq;

/// <summary>Step 1: RGBA pixels to float luminance Y = 0.299R + 0.587G + 0.114B (alpha ignored, as the references do).</summary>
public static class LumaConverter
{
    private const double RDouble = 0.299, GDouble = 0.587, BDouble = 0.114;
    private const double Thousandth = 0.001;
    private const float RSingle = 0.299f, GSingle = 0.587f, BSingle = 0.114f;

    /// <summary>Converts <paramref name="rgba"/> (4 bytes a pixel, R first) into <paramref name="luma"/>.</summary>
    public static void FromRgba(ReadOnlySpan<byte> rgba, Span<float> luma, LumaPrecision precision)
    {
        var pixels = luma.Length;
        if (rgba.Length < pixels * 4)
        {
            throw new ArgumentException("The pixel buffer is smaller than 4 bytes per luma value.", nameof(rgba));
        }
        var i = 0;
        if (precision == LumaPrecision.Double && Avx2.IsSupported)
        {
            i = DoubleAvx2(rgba, luma);
        }
        else if (precision == LumaPrecision.Single && Avx2.IsSupported)
        {
            i = SingleAvx2(rgba, luma);
        }
        for (; i < pixels; i++)
        {
            luma[i] = precision == LumaPrecision.Double
                ? Double(rgba[4 * i], rgba[(4 * i) + 1], rgba[(4 * i) + 2])
                : Single(rgba[4 * i], rgba[(4 * i) + 1], rgba[(4 * i) + 2]);
        }
    }

    /// <summary>The scalar definition of <see cref="LumaPrecision.Double"/> (numpy's float64 then astype float32).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Double(byte r, byte g, byte b) => (float)((r * RDouble) + (g * GDouble) + (b * BDouble));

    /// <summary>The scalar definition of <see cref="LumaPrecision.Single"/> (the C++ reference's float arithmetic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Single(byte r, byte g, byte b) => (RSingle * r) + (GSingle * g) + (BSingle * b);

    // Not the scalar form's operations, but provably the same float: k = 299R + 587G + 114B is an exact integer, the
    // double sum in Double() is within a few double ulps of k / 1000, and k / 1000 is never within 2^-32 (relative)
    // of a float rounding midpoint (k·2^m / 125 cannot be an odd multiple of ½), so both round to the same float;
    // k · 0.001 in double is likewise far closer than that margin. A test checks all 2^24 colours exhaustively.
    // Cost: two pmaddwd and two double multiplies per 8 pixels instead of six conversions and six multiplies.
    private static int DoubleAvx2(ReadOnlySpan<byte> rgba, Span<float> luma)
    {
        var px = MemoryMarshal.Cast<byte, uint>(rgba);
        var evenBytes = Vector256.Create(0x00FF00FFu);
        var weightsRb = Vector256.Create(299 | (114 << 16)).AsInt16();
        var weightsG = Vector256.Create(587).AsInt16();
        var thousandth = Vector256.Create(Thousandth);
        var i = 0;
        for (; i + 8 <= luma.Length; i += 8)
        {
            var v = Vector256.Create<uint>(px.Slice(i, 8));
            // 16-bit lanes (R, B) and (G, A); A meets weight 0.
            var rb = (v & evenBytes).AsInt16();
            var ga = (Vector256.ShiftRightLogical(v, 8) & evenBytes).AsInt16();
            var k = Avx2.Add(Avx2.MultiplyAddAdjacent(rb, weightsRb), Avx2.MultiplyAddAdjacent(ga, weightsG));
            var lo = Avx.Multiply(Avx.ConvertToVector256Double(k.GetLower()), thousandth);
            var hi = Avx.Multiply(Avx.ConvertToVector256Double(k.GetUpper()), thousandth);
            Vector256.Create(Avx.ConvertToVector128Single(lo), Avx.ConvertToVector128Single(hi)).CopyTo(luma.Slice(i, 8));
        }
        return i;
    }

    // Same operations in the same order as the scalar form (separate multiply and add, never fused).
    private static int SingleAvx2(ReadOnlySpan<byte> rgba, Span<float> luma)
    {
        var px = MemoryMarshal.Cast<byte, uint>(rgba);
        var mask = Vector256.Create(0xFFu);
        var cr = Vector256.Create(RSingle);
        var cg = Vector256.Create(GSingle);
        var cb = Vector256.Create(BSingle);
        var i = 0;
        for (; i + 8 <= luma.Length; i += 8)
        {
            var v = Vector256.Create<uint>(px.Slice(i, 8));
            var r = Avx.ConvertToVector256Single((v & mask).AsInt32());
            var g = Avx.ConvertToVector256Single((Vector256.ShiftRightLogical(v, 8) & mask).AsInt32());
            var b = Avx.ConvertToVector256Single((Vector256.ShiftRightLogical(v, 16) & mask).AsInt32());
            Avx.Add(Avx.Add(Avx.Multiply(cr, r), Avx.Multiply(cg, g)), Avx.Multiply(cb, b)).CopyTo(luma.Slice(i, 8));
        }
        return i;
    }
}
