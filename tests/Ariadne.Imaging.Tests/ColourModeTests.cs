namespace Ariadne.Imaging.Tests;

/// <summary>The bridge photo re-saved in other colour modes (images/modes) hashes within 10 bits of the original.</summary>
public sealed class ColourModeTests
{
    [Theory]
    [InlineData("images/modes/L.png")]
    [InlineData("images/modes/P.png")]
    [InlineData("images/modes/1.png")]
    [InlineData("images/modes/CMYK.jpg")]
    [InlineData("images/modes/YCbCr.jpg")]
    public void Other_colour_modes_stay_within_10_bits_of_the_original(string file)
    {
        var original = ImageHasher.HashFile(TestData.File("images/dih/bridge-1-original.jpg")).Result.Hash;
        var result = ImageHasher.HashFile(TestData.File(file));
        Assert.True(result.Succeeded, result.Error);
        var d = result.Result.Hash.DistanceTo(original);
        Assert.True(d <= 10, $"distance {d}, quality {result.Result.Quality}");
    }

    /// <summary>Alpha is ignored (as Pillow's convert("RGB") and Java's getRGB): RGBA input hashes as its RGB.</summary>
    [Fact]
    public void Alpha_channel_does_not_change_the_hash()
    {
        using var image = JavaReferenceTests.Decode("images/dih/bridge-1-original.jpg");
        var rgba = image.Rgba.ToArray();
        var original = JavaReferenceTests.HashRgba(rgba, image.Width, image.Height);
        var random = new Random(7);
        for (var i = 3; i < rgba.Length; i += 4)
        {
            rgba[i] = (byte)random.Next(256);
        }
        Assert.Equal(original, JavaReferenceTests.HashRgba(rgba, image.Width, image.Height));
    }
}
