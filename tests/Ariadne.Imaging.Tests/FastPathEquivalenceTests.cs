using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Tests;

/// <summary>
/// The fast pipeline (transposes, SIMD across columns, divisions only where sampled) must be bit-identical to the
/// reference's plain box filter + decimation on any size, including sizes that exercise the SIMD tails.
/// </summary>
public sealed class FastPathEquivalenceTests
{
    [Theory]
    [InlineData(5, 5)]
    [InlineData(7, 63)]
    [InlineData(63, 64)]
    [InlineData(65, 64)]
    [InlineData(129, 130)]
    [InlineData(257, 511)]
    [InlineData(512, 512)]
    [InlineData(1003, 301)]
    public void Fast_downsample_and_dct_equal_the_reference_bit_for_bit(int width, int height)
    {
        Downsample_and_dct_equal_the_reference_bit_for_bit(width, height, vectorised: true);
        Downsample_and_dct_equal_the_reference_bit_for_bit(width, height, vectorised: false);
    }

    private static void Downsample_and_dct_equal_the_reference_bit_for_bit(int width, int height, bool vectorised)
    {
        var random = new Random(width * 1000 + height);
        var luma = new float[width * height];
        for (var i = 0; i < luma.Length; i++)
        {
            luma[i] = (float)(random.NextDouble() * 255);
        }

        Span<float> fast = stackalloc float[256];
        var fastQuality = PdqPipeline.Dct(luma, width, height, fast, skip64Filter: false, vectorised);

        var b1 = (float[])luma.Clone();
        var b2 = new float[luma.Length];
        BoxFilterReference.Jarosz(b1, b2, height, width);
        Span<int> rows = stackalloc int[64];
        Span<int> cols = stackalloc int[64];
        Decimation.Indices(height, rows);
        Decimation.Indices(width, cols);
        var image64 = new float[64 * 64];
        for (var i = 0; i < 64; i++)
        {
            for (var j = 0; j < 64; j++)
            {
                image64[(i * 64) + j] = b1[(rows[i] * width) + cols[j]];
            }
        }
        var slow = new float[256];
        Dct64To16.Compute(image64, new float[16 * 64], slow);
        Assert.Equal(QualityMetric.Compute(image64), fastQuality);
        for (var k = 0; k < 256; k++)
        {
            Assert.Equal(BitConverter.SingleToInt32Bits(slow[k]), BitConverter.SingleToInt32Bits(fast[k]));
        }
    }

    [Fact]
    public void Vector_luma_equals_scalar_luma()
    {
        var random = new Random(3);
        var rgba = new byte[4 * 1001];
        random.NextBytes(rgba);
        var fastD = new float[1001];
        var fastS = new float[1001];
        LumaConverter.FromRgba(rgba, fastD, LumaPrecision.Double);
        LumaConverter.FromRgba(rgba, fastS, LumaPrecision.Single);
        for (var i = 0; i < 1001; i++)
        {
            Assert.Equal(LumaConverter.Double(rgba[4 * i], rgba[(4 * i) + 1], rgba[(4 * i) + 2]), fastD[i]);
            Assert.Equal(LumaConverter.Single(rgba[4 * i], rgba[(4 * i) + 1], rgba[(4 * i) + 2]), fastS[i]);
        }
    }

    /// <summary>
    /// The vector double-precision luma uses an exact integer sum and one multiply instead of the reference's three
    /// products; it must give the reference's float for every one of the 2^24 colours (alpha is ignored).
    /// </summary>
    [Fact]
    public void Vector_double_luma_equals_scalar_luma_for_every_colour()
    {
        var rgba = new byte[4 * 65536];
        var luma = new float[65536];
        for (var r = 0; r < 256; r++)
        {
            for (var p = 0; p < 65536; p++)
            {
                rgba[4 * p] = (byte)r;
                rgba[(4 * p) + 1] = (byte)(p >> 8);
                rgba[(4 * p) + 2] = (byte)p;
                rgba[(4 * p) + 3] = (byte)(p * 7);
            }
            LumaConverter.FromRgba(rgba, luma, LumaPrecision.Double);
            for (var p = 0; p < 65536; p++)
            {
                var expected = LumaConverter.Double((byte)r, (byte)(p >> 8), (byte)p);
                if (BitConverter.SingleToInt32Bits(expected) != BitConverter.SingleToInt32Bits(luma[p]))
                {
                    Assert.Fail($"R={r} G={p >> 8} B={p & 255}: {luma[p]:R} instead of {expected:R}");
                }
            }
        }
    }

    [Fact]
    public void Hash_text_round_trips_and_puts_bit_0_in_the_last_hex_digit()
    {
        var bits = new bool[256];
        bits[0] = true;
        bits[255] = true;
        var hash = PdqHash.FromBits(bits);
        Assert.Equal("8" + new string('0', 62) + "1", hash.ToString());
        Assert.Equal(hash, PdqHash.Parse(hash.ToString()));
        Assert.False(PdqHash.TryParse("xyz", out _));
    }
}
