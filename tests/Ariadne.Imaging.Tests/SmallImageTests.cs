using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Tests;

public sealed class SmallImageTests
{
    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(4, 100)]
    [InlineData(100, 4)]
    [InlineData(4, 4)]
    public void Images_under_5_px_on_a_side_get_the_zero_hash_and_quality_0(int w, int h)
    {
        var luma = new float[w * h];
        for (var i = 0; i < luma.Length; i++)
        {
            luma[i] = i % 255;
        }
        var result = PdqHasher.Hash(luma, w, h);
        Assert.Equal(PdqHash.Zero, result.Hash);
        Assert.Equal(0, result.Quality);
        Assert.False(result.IsReliable);
        var (hashes, quality) = PdqHasher.HashDihedral(luma, w, h);
        Assert.All(hashes, x => Assert.Equal(PdqHash.Zero, x));
        Assert.Equal(0, quality);
    }

    [Fact]
    public void Five_px_is_hashed()
    {
        var luma = new float[25];
        var random = new Random(5);
        for (var i = 0; i < 25; i++)
        {
            luma[i] = random.Next(256);
        }
        Assert.True(PdqHasher.Hash(luma, 5, 5).Hash.PopCount() > 0);
    }

    [Theory]
    [InlineData(49, false)]
    [InlineData(50, true)]
    [InlineData(0, false)]
    [InlineData(100, true)]
    public void Quality_49_or_less_is_flagged_unreliable(int quality, bool reliable) =>
        Assert.Equal(reliable, new PdqResult(PdqHash.Zero, quality).IsReliable);

    [Fact]
    public void A_flat_image_has_quality_0_and_is_unreliable()
    {
        var luma = new float[200 * 150];
        Array.Fill(luma, 128f);
        var result = PdqHasher.Hash(luma, 200, 150);
        Assert.Equal(0, result.Quality);
        Assert.False(result.IsReliable);
    }

    [Fact]
    public void Tiny_low_content_reference_image_is_low_quality()
    {
        var result = ImageHasher.HashFile(TestData.File("images/misc/small.jpg"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(PdqHash.Parse("0007001f003f003f007f00ff00ff00ff01ff01ff01ff03ff03ff03ff03ff03ff"), result.Result.Hash);
    }
}
