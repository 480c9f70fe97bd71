using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Tests;

/// <summary>
/// expected/cpp-cli-dih.csv: the C++ tool squashes images over 512 px to 512×512 nearest-neighbour (CImg) and
/// decodes with ImageMagick. With <see cref="PdqOptions.ReferenceResize"/> we reproduce the squash; decoders
/// differ, so the acceptance is Meta's rule for an independent decoder: within 10 bits at quality ≥ 80. That holds
/// at full resolution for all 8 files (2–8 bits). With the squash we measure 4–12 bits (bridge-1/-7 at 10,
/// bridge-2/-6 at 12, -3/-8 at 8, -4/-5 at 4), so the squash tests allow 12 and say so.
/// The gap is not our decoder: Magick.NET 15.1.0 (ImageMagick 7, libjpeg-turbo) decodes all 8 files to the same
/// bytes as SkiaSharp, and its jpeg:dct-method=float / ifast and fancy-upsampling=false variants change up to
/// 3 million channel values by a few levels yet leave every hash unchanged. So Magick.NET was not adopted
/// (docs/data-formats.md, "Image hashes"). The centre-sampling squash (x + ½) and area averaging were tried too: 6–16
/// and 4–14. Upstream itself warns the C++ output differs by bits across platforms.
/// </summary>
public sealed class CppReferenceTests
{
    public static TheoryData<string, string, int> Rows()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var row in TestData.Csv("expected/cpp-cli-dih.csv"))
        {
            data.Add(row[0], row[1], int.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void Reference_resize_is_within_12_bits_of_the_cpp_tool(string file, string expected, int quality)
    {
        var result = ImageHasher.HashFile(TestData.File(file), new PdqOptions { ReferenceResize = true });
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal((512, 512), (result.Width, result.Height));
        Assert.True(quality < 80 || result.Result.Quality >= 80);
        var d = result.Result.Hash.DistanceTo(PdqHash.Parse(expected));
        Assert.True(d <= 12, $"distance {d}");
    }

    /// <summary>The C++ tool's --pdqdih of the original file vs the 8 transformed files it was given.</summary>
    [Fact]
    public void Reference_resize_dihedral_hashes_are_within_14_bits_of_the_transformed_files()
    {
        var rows = TestData.Csv("expected/cpp-cli-dih.csv").ToList();
        var result = ImageHasher.HashFile(TestData.File(rows[0][0]), new PdqOptions { ReferenceResize = true }, dihedral: true);
        for (var i = 0; i < 8; i++)
        {
            var d = result.Dihedral![i].DistanceTo(PdqHash.Parse(rows[i][1]));
            Assert.True(d <= 14, $"{rows[i][0]}: distance {d}");
        }
    }

    [Fact]
    public void Full_resolution_is_within_10_bits_of_the_cpp_tool_too()
    {
        foreach (var row in TestData.Csv("expected/cpp-cli-dih.csv"))
        {
            var d = ImageHasher.HashFile(TestData.File(row[0])).Result.Hash.DistanceTo(PdqHash.Parse(row[1]));
            Assert.True(d <= 10, $"{row[0]}: distance {d}");
        }
    }

    [Fact]
    public void Squash_picks_the_nearest_neighbour_cimg_would()
    {
        var rgba = new byte[1024 * 2 * 4];
        for (var x = 0; x < 1024; x++)
        {
            rgba[x * 4] = (byte)(x & 0xFF);
            rgba[(x * 4) + 1] = (byte)(x >> 8);
        }
        var dst = new byte[512 * 512 * 4];
        ReferenceResize.Squash(rgba, 1024, 2, dst);
        Assert.Equal(10, dst[5 * 4] | (dst[(5 * 4) + 1] << 8)); // x' = 5 → floor(5·1024/512) = 10
    }
}
