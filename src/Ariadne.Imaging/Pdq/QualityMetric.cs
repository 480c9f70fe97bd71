namespace Ariadne.Imaging.Pdq;

/// <summary>
/// Step 4: the reference's heuristic quality: the sum of quantised absolute gradients of the 64×64 downsample,
/// scaled so that 100 means "plenty of detail". Flat images score low and their hashes are unreliable.
/// </summary>
internal static class QualityMetric
{
    public static int Compute(ReadOnlySpan<float> image64)
    {
        var gradientSum = 0;
        for (var i = 0; i < 63; i++)
        {
            for (var j = 0; j < 64; j++)
            {
                gradientSum += Quantise(image64[(i * 64) + j], image64[((i + 1) * 64) + j]);
            }
        }
        for (var i = 0; i < 64; i++)
        {
            for (var j = 0; j < 63; j++)
            {
                gradientSum += Quantise(image64[(i * 64) + j], image64[(i * 64) + j + 1]);
            }
        }
        return Math.Min(gradientSum / 90, 100);
    }

    // Float arithmetic, truncated toward zero, then absolute value: the reference's exact order.
    private static int Quantise(float u, float v) => Math.Abs((int)((u - v) * 100f / 255f));
}
