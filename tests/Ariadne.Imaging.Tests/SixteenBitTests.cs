using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Tests;

/// <summary>
/// I16.png (16-bit greyscale) cannot match pytx exactly from our decoder: Pillow converts mode I;16 to RGB by
/// CLIPPING each 16-bit value at 255 (not scaling), which is why pytx reports quality 36 for a detailed image.
/// Our decoder scales 16 → 8 bits, the faithful reading of the file. The test below rebuilds the reference's
/// pixels (min(v16, 255) on all three channels) from the 16-bit samples and shows the hash is exact on them.
/// </summary>
public sealed class SixteenBitTests
{
    private const string PytxHash = "de2ef0e99ecdfc1d248a0eb055f023d1d61e79c3920cbb55d561c02accab1763";

    [Fact]
    public void I16_is_exact_on_the_reference_pixels_pillow_clipping_at_255()
    {
        // SkiaSharp will not hand out 16-bit grey samples, so read them with a minimal PNG reader (test only).
        var (w, h, samples) = Png16Grey.Read(File.ReadAllBytes(TestData.File("images/python-threatexchange/I16.png")));
        var rgba = new byte[w * h * 4];
        for (var i = 0; i < w * h; i++)
        {
            var v = (byte)Math.Min((int)samples[i], 255);
            rgba[i * 4] = rgba[(i * 4) + 1] = rgba[(i * 4) + 2] = v;
        }
        var luma = new float[w * h];
        LumaConverter.FromRgba(rgba, luma, LumaPrecision.Double);
        var result = PdqHasher.Hash(luma, w, h);
        Assert.Equal(PytxHash, result.Hash.ToString());
        Assert.Equal(36, result.Quality);
        Assert.False(result.IsReliable);
    }

    [Fact]
    public void I16_decoded_faithfully_hashes_with_high_quality()
    {
        var result = ImageHasher.HashFile(TestData.File("images/python-threatexchange/I16.png"));
        Assert.True(result.Succeeded, result.Error);
        Assert.True(result.Result.Quality >= 80, $"quality {result.Result.Quality}");
    }
}
