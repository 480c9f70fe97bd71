using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Tests;

/// <summary>
/// Other ports' published hashes, held to the pure-Python port's own tolerance (16 bits): the WASM build hashes
/// browser-decoded pixels after the C++ 512 px squash, the pure-Python port uses different float arithmetic.
/// </summary>
public sealed class OtherPortTests
{
    public static TheoryData<string, string> PurePython()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in TestData.Csv("expected/python-pure-pdqhashing.csv"))
        {
            data.Add(row[0], row[1]);
        }
        return data;
    }

    /// <summary>The pure-Python port's own test allows 16 bits (its float arithmetic differs from the C++ core).</summary>
    [Theory]
    [MemberData(nameof(PurePython))]
    public void Pure_python_rows_are_close(string file, string expected)
    {
        var result = ImageHasher.HashFile(TestData.File(file));
        Assert.True(result.Succeeded, result.Error);
        var d = result.Result.Hash.DistanceTo(PdqHash.Parse(expected));
        Assert.True(d <= 16, $"distance {d}, quality {result.Result.Quality}");
    }

    [Fact]
    public void Wasm_rows_are_within_16_bits()
    {
        foreach (var row in TestData.Csv("expected/wasm-PDQMD5TestData.csv").Where(r => r[1].Length == 64))
        {
            var relative = row[0].Replace("../../../../data/", "", StringComparison.Ordinal)
                .Replace("misc-images/b.jpg", "bridge-mods/aaa-orig.jpg", StringComparison.Ordinal)
                .Replace("misc-images/", "misc/", StringComparison.Ordinal);
            var result = ImageHasher.HashFile(TestData.File("images/" + relative));
            Assert.True(result.Succeeded, result.Error);
            var d = result.Result.Hash.DistanceTo(PdqHash.Parse(row[1]));
            Assert.True(d <= 16, $"{relative}: distance {d}, quality {result.Result.Quality}");
        }
    }
}
