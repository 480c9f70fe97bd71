using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Ariadne.Imaging.Pdq;

/// <summary>
/// Step 2b: the reference's box filter applied down every column of a row-major matrix at once. Each column gets
/// exactly the scalar sequence of float additions, subtractions and divisions of <see cref="BoxFilterReference"/>,
/// so the result is bit-identical; the columns just run side by side in SIMD lanes. Filtering along rows is done
/// by transposing first (see <see cref="PdqPipeline"/>), which keeps the running sums independent and vectorised
/// instead of one long dependency chain per row.
/// </summary>
internal static class BoxFilter
{
    /// <param name="src">rows × cols input.</param>
    /// <param name="dst">rows × cols output when <paramref name="selected"/> is empty; otherwise selected.Length × cols,
    /// row k holding output row selected[k] (selected must be non-decreasing). Skipping unneeded outputs only skips
    /// divisions whose results the reference discards: the running sum is the same.</param>
    /// <param name="sum">scratch of at least cols floats.</param>
    public static void Columns(ReadOnlySpan<float> src, Span<float> dst, int rows, int cols, int window, ReadOnlySpan<int> selected, Span<float> sum)
    {
        var all = selected.IsEmpty;
        var s = sum[..cols];
        s.Clear();
        var half = (window + 2) / 2;
        int ri = 0, li = 0, oi = 0, count = 0, next = 0;

        for (var i = 0; i < half - 1; i++)
        {
            Add(s, src.Slice(ri++ * cols, cols));
            count++;
        }
        for (var i = 0; i < window - half + 1; i++)
        {
            Add(s, src.Slice(ri++ * cols, cols));
            count++;
            next = Emit(s, count, oi++, dst, cols, all, selected, next);
        }
        for (var i = 0; i < rows - window; i++)
        {
            AddSubtract(s, src.Slice(ri++ * cols, cols), src.Slice(li++ * cols, cols));
            next = Emit(s, count, oi++, dst, cols, all, selected, next);
        }
        for (var i = 0; i < half - 1; i++)
        {
            Subtract(s, src.Slice(li++ * cols, cols));
            count--;
            next = Emit(s, count, oi++, dst, cols, all, selected, next);
        }
    }

    // Writes output row outputRow (if wanted) and returns the updated position in selected.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Emit(ReadOnlySpan<float> sum, int count, int outputRow, Span<float> dst, int cols, bool all, ReadOnlySpan<int> selected, int next)
    {
        if (all)
        {
            Divide(sum, count, dst.Slice(outputRow * cols, cols));
            return next;
        }
        while (next < selected.Length && selected[next] == outputRow)
        {
            Divide(sum, count, dst.Slice(next * cols, cols));
            next++;
        }
        return next;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Add(Span<float> sum, ReadOnlySpan<float> row)
    {
        var vs = MemoryMarshal.Cast<float, Vector<float>>(sum);
        var vr = MemoryMarshal.Cast<float, Vector<float>>(row);
        for (var i = 0; i < vs.Length; i++)
        {
            vs[i] += vr[i];
        }
        for (var i = vs.Length * Vector<float>.Count; i < sum.Length; i++)
        {
            sum[i] += row[i];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Subtract(Span<float> sum, ReadOnlySpan<float> row)
    {
        var vs = MemoryMarshal.Cast<float, Vector<float>>(sum);
        var vr = MemoryMarshal.Cast<float, Vector<float>>(row);
        for (var i = 0; i < vs.Length; i++)
        {
            vs[i] -= vr[i];
        }
        for (var i = vs.Length * Vector<float>.Count; i < sum.Length; i++)
        {
            sum[i] -= row[i];
        }
    }

    // (sum + add) - subtract: two separately rounded operations, in the reference's order.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddSubtract(Span<float> sum, ReadOnlySpan<float> add, ReadOnlySpan<float> subtract)
    {
        var vs = MemoryMarshal.Cast<float, Vector<float>>(sum);
        var va = MemoryMarshal.Cast<float, Vector<float>>(add);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(subtract);
        for (var i = 0; i < vs.Length; i++)
        {
            vs[i] = (vs[i] + va[i]) - vb[i];
        }
        for (var i = vs.Length * Vector<float>.Count; i < sum.Length; i++)
        {
            sum[i] = (sum[i] + add[i]) - subtract[i];
        }
    }

    // Division, not multiplication by a reciprocal: x / n and x * (1 / n) round differently.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Divide(ReadOnlySpan<float> sum, int count, Span<float> output)
    {
        var vs = MemoryMarshal.Cast<float, Vector<float>>(sum);
        var vo = MemoryMarshal.Cast<float, Vector<float>>(output);
        var n = new Vector<float>(count);
        for (var i = 0; i < vs.Length; i++)
        {
            vo[i] = vs[i] / n;
        }
        float c = count;
        for (var i = vs.Length * Vector<float>.Count; i < sum.Length; i++)
        {
            output[i] = sum[i] / c;
        }
    }
}
