using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Ariadne.Imaging.Pdq;

/// <summary>
/// <see cref="BoxFilter.Columns"/> specialised to a <see cref="StripTransposer"/> strip (32 lanes): the four running
/// sums live in registers instead of a scratch row, and there is no per-step slicing. Same scalar sequence of float
/// additions, subtractions and divisions per lane as <see cref="BoxFilterReference"/>, so bit-identical.
/// </summary>
internal static class BoxFilterStrip
{
    private const int Lanes = StripTransposer.Height;

    /// <summary>True when the register path runs in hardware; otherwise callers use <see cref="BoxFilter.Columns"/>.</summary>
    public static bool IsSupported => Vector256.IsHardwareAccelerated && Lanes == 4 * 8;

    /// <param name="src">length × 32 input.</param>
    /// <param name="dst">length × 32 output, or selected.Length × 32 when <paramref name="selected"/> is not empty
    /// (row k holds output position selected[k]; selected must be non-decreasing).</param>
    public static void Filter(ReadOnlySpan<float> src, Span<float> dst, int length, int window, ReadOnlySpan<int> selected)
    {
        var all = selected.IsEmpty;
        if (src.Length < length * Lanes || dst.Length < (all ? length : selected.Length) * Lanes || window < 1 || window > length)
        {
            throw new ArgumentException("Strip buffers are too small for the window.");
        }
        ref var s = ref MemoryMarshal.GetReference(src);
        ref var d = ref MemoryMarshal.GetReference(dst);
        var s0 = Vector256<float>.Zero;
        var s1 = Vector256<float>.Zero;
        var s2 = Vector256<float>.Zero;
        var s3 = Vector256<float>.Zero;
        var half = (window + 2) / 2;
        int ri = 0, li = 0, oi = 0, count = 0, next = 0;

        for (var i = 0; i < half - 1; i++, ri++, count++)
        {
            ref var r = ref Unsafe.Add(ref s, ri * Lanes);
            s0 += Vector256.LoadUnsafe(ref r);
            s1 += Vector256.LoadUnsafe(ref r, 8);
            s2 += Vector256.LoadUnsafe(ref r, 16);
            s3 += Vector256.LoadUnsafe(ref r, 24);
        }
        for (var i = 0; i < window - half + 1; i++, ri++, oi++)
        {
            ref var r = ref Unsafe.Add(ref s, ri * Lanes);
            s0 += Vector256.LoadUnsafe(ref r);
            s1 += Vector256.LoadUnsafe(ref r, 8);
            s2 += Vector256.LoadUnsafe(ref r, 16);
            s3 += Vector256.LoadUnsafe(ref r, 24);
            count++;
            next = Emit(s0, s1, s2, s3, count, oi, ref d, all, selected, next);
        }
        for (var i = 0; i < length - window; i++, ri++, li++, oi++)
        {
            // (sum + add) - subtract: two separately rounded operations, in the reference's order.
            ref var r = ref Unsafe.Add(ref s, ri * Lanes);
            ref var l = ref Unsafe.Add(ref s, li * Lanes);
            s0 = (s0 + Vector256.LoadUnsafe(ref r)) - Vector256.LoadUnsafe(ref l);
            s1 = (s1 + Vector256.LoadUnsafe(ref r, 8)) - Vector256.LoadUnsafe(ref l, 8);
            s2 = (s2 + Vector256.LoadUnsafe(ref r, 16)) - Vector256.LoadUnsafe(ref l, 16);
            s3 = (s3 + Vector256.LoadUnsafe(ref r, 24)) - Vector256.LoadUnsafe(ref l, 24);
            next = Emit(s0, s1, s2, s3, count, oi, ref d, all, selected, next);
        }
        for (var i = 0; i < half - 1; i++, li++, oi++)
        {
            ref var l = ref Unsafe.Add(ref s, li * Lanes);
            s0 -= Vector256.LoadUnsafe(ref l);
            s1 -= Vector256.LoadUnsafe(ref l, 8);
            s2 -= Vector256.LoadUnsafe(ref l, 16);
            s3 -= Vector256.LoadUnsafe(ref l, 24);
            count--;
            next = Emit(s0, s1, s2, s3, count, oi, ref d, all, selected, next);
        }
    }

    // Division, not multiplication by a reciprocal: x / n and x * (1 / n) round differently.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Emit(Vector256<float> s0, Vector256<float> s1, Vector256<float> s2, Vector256<float> s3, int count, int position, ref float dst, bool all, ReadOnlySpan<int> selected, int next)
    {
        if (all)
        {
            Store(s0, s1, s2, s3, count, ref Unsafe.Add(ref dst, position * Lanes));
            return next;
        }
        while (next < selected.Length && selected[next] == position)
        {
            Store(s0, s1, s2, s3, count, ref Unsafe.Add(ref dst, next * Lanes));
            next++;
        }
        return next;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(Vector256<float> s0, Vector256<float> s1, Vector256<float> s2, Vector256<float> s3, int count, ref float output)
    {
        var n = Vector256.Create((float)count);
        (s0 / n).StoreUnsafe(ref output);
        (s1 / n).StoreUnsafe(ref output, 8);
        (s2 / n).StoreUnsafe(ref output, 16);
        (s3 / n).StoreUnsafe(ref output, 24);
    }
}
