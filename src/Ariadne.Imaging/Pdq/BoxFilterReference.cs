namespace Ariadne.Imaging.Pdq;

/// <summary>
/// The reference's one-dimensional box filter, written plainly: a running sum that first grows (no writes), then
/// writes with a growing window, then slides, then shrinks at the far edge. Kept as the specification the fast
/// <see cref="BoxFilter"/> is tested against; it is not used on the hot path.
/// </summary>
internal static class BoxFilterReference
{
    public static void Box1D(ReadOnlySpan<float> input, Span<float> output, int offset, int length, int stride, int window)
    {
        var half = (window + 2) / 2;
        int li = offset, ri = offset, oi = offset;
        var sum = 0f;
        var count = 0;
        for (var i = 0; i < half - 1; i++)
        {
            sum += input[ri];
            count++;
            ri += stride;
        }
        for (var i = 0; i < window - half + 1; i++)
        {
            sum += input[ri];
            count++;
            output[oi] = sum / count;
            ri += stride;
            oi += stride;
        }
        for (var i = 0; i < length - window; i++)
        {
            sum += input[ri];
            sum -= input[li];
            output[oi] = sum / count;
            li += stride;
            ri += stride;
            oi += stride;
        }
        for (var i = 0; i < half - 1; i++)
        {
            sum -= input[li];
            count--;
            output[oi] = sum / count;
            li += stride;
            oi += stride;
        }
    }

    /// <summary>Two X,Y pass pairs over a rows×cols image in <paramref name="buffer1"/>; result back in buffer1.</summary>
    public static void Jarosz(Span<float> buffer1, Span<float> buffer2, int rows, int cols)
    {
        var windowAlongRows = JaroszWindow.For(cols);
        var windowAlongCols = JaroszWindow.For(rows);
        for (var pass = 0; pass < JaroszWindow.Passes; pass++)
        {
            for (var i = 0; i < rows; i++)
            {
                Box1D(buffer1, buffer2, i * cols, cols, 1, windowAlongRows);
            }
            for (var j = 0; j < cols; j++)
            {
                Box1D(buffer2, buffer1, j, rows, cols, windowAlongCols);
            }
        }
    }
}
