using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Tests;

/// <summary>The 8 dihedral hashes: pytx's LA.png rows (image-domain) and the reference's DCT-domain method.</summary>
public sealed class DihedralTests
{
    private static Dictionary<string, string> LaRows() =>
        TestData.Csv("expected/pytx-pdqhash-dihedral-LA.csv").ToDictionary(r => r[1], r => r[2]);

    [Fact]
    public void LA_image_domain_dihedral_hashes_match_pytx_exactly_in_reference_order()
    {
        var expected = LaRows();
        var result = ImageHasher.HashFile(TestData.File("images/python-threatexchange/LA.png"), new PdqOptions { DihedralMethod = DihedralMethod.Image }, dihedral: true);
        Assert.True(result.Succeeded, result.Error);
        string[] names = ["ORIGINAL", "ROTATE90", "ROTATE180", "ROTATE270", "FLIPX", "FLIPY", "FLIPPLUS1", "FLIPMINUS1"];
        for (var i = 0; i < 8; i++)
        {
            Assert.Equal((names[i], expected[names[i]]), (names[i], result.Dihedral![i].ToString()));
        }
    }

    /// <summary>
    /// The two methods name the transforms the same way: for each image-domain hash of LA.png, the nearest
    /// DCT-domain hash is the one with the same index. They are far apart on this file (LA.png is 256 px with fine
    /// texture, and the window-2 box filter plus centre decimation shift mirrored images by about a pixel), which
    /// is why the published pytx vectors can only be matched exactly by transforming the image.
    /// </summary>
    [Fact]
    public void LA_dct_domain_hashes_are_nearest_to_the_image_domain_hash_of_the_same_transform()
    {
        var file = TestData.File("images/python-threatexchange/LA.png");
        var byImage = ImageHasher.HashFile(file, new PdqOptions { DihedralMethod = DihedralMethod.Image }, dihedral: true).Dihedral!;
        var byDct = ImageHasher.HashFile(file, dihedral: true).Dihedral!;
        for (var i = 0; i < 8; i++)
        {
            var nearest = Enumerable.Range(0, 8).MinBy(j => byImage[i].DistanceTo(byDct[j]));
            Assert.Equal(i, nearest);
        }
        Assert.Equal(byImage[0], byDct[0]);
    }

    /// <summary>Each bridge-N file is the original transformed; its plain hash should be near the matching dihedral hash of the original.</summary>
    [Theory]
    [InlineData("images/dih/bridge-2-rotate-90.jpg", Dihedral.Rotate90)]
    [InlineData("images/dih/bridge-3-rotate-180.jpg", Dihedral.Rotate180)]
    [InlineData("images/dih/bridge-4-rotate-270.jpg", Dihedral.Rotate270)]
    [InlineData("images/dih/bridge-5-flipx.jpg", Dihedral.FlipX)]
    [InlineData("images/dih/bridge-6-flipy.jpg", Dihedral.FlipY)]
    [InlineData("images/dih/bridge-7-flip-plus-1.jpg", Dihedral.FlipPlus1)]
    [InlineData("images/dih/bridge-8-flip-minus-1.jpg", Dihedral.FlipMinus1)]
    public void Dct_dihedral_of_the_original_matches_the_transformed_file(string file, Dihedral transform)
    {
        var original = ImageHasher.HashFile(TestData.File("images/dih/bridge-1-original.jpg"), dihedral: true);
        var other = ImageHasher.HashFile(TestData.File(file));
        var d = original.Dihedral![(int)transform].DistanceTo(other.Result.Hash);
        Assert.True(d <= 16, $"distance {d}");
    }
}
