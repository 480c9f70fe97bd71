namespace Ariadne.Imaging.Pdq;

/// <summary>
/// Step 6: one bit per coefficient, set when it is strictly above the median. The reference's Torben median of
/// 256 values is the 128th smallest (the lower median), so the hash of a generic image has exactly 128 bits set.
/// </summary>
internal static class MedianBits
{
    public static PdqHash ToHash(ReadOnlySpan<float> dct16x16)
    {
        Span<float> sorted = stackalloc float[256];
        dct16x16[..256].CopyTo(sorted);
        sorted.Sort();
        var median = sorted[127];
        Span<ulong> words = stackalloc ulong[4];
        for (var k = 0; k < 256; k++)
        {
            if (dct16x16[k] > median)
            {
                words[k >> 6] |= 1UL << (k & 63);
            }
        }
        return new PdqHash(words[0], words[1], words[2], words[3]);
    }
}
