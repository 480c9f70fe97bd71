using Ariadne.Cli.Infrastructure;

namespace Ariadne.Imaging.Tests;

/// <summary><c>ariadne hash</c> per the DESIGN.md contract, run in-process.</summary>
public sealed class HashCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ariadne-hash-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await CliRunner.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Prints_hash_quality_path_per_file()
    {
        var bridge = TestData.File("images/dih/bridge-1-original.jpg");
        var la = TestData.File("images/python-threatexchange/LA.png");
        var (code, output, error) = await Run("hash", bridge, la);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22,100,{bridge}", lines[0]);
        Assert.Equal($"accb6d39648035f8125c8ce6ba65007de7b54c67a2d93ef7b8f33b0611306715,100,{la}", lines[1]);
    }

    [Fact]
    public async Task Unreadable_files_go_to_stderr_and_the_others_are_still_hashed()
    {
        var bad = Path.Combine(_dir, "bad.jpg");
        await File.WriteAllBytesAsync(bad, [0xFF, 0xD8, 0xFF, 0x00, 1, 2, 3]);
        var bridge = TestData.File("images/dih/bridge-1-original.jpg");
        var (code, output, error) = await Run("hash", bad, Path.Combine(_dir, "missing.png"), bridge);
        Assert.Equal(ExitCodes.Partial, code);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("bad.jpg", error, StringComparison.Ordinal);
        Assert.Contains("missing.png: file not found", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task All_unreadable_is_exit_2()
    {
        var (code, _, _) = await Run("hash", Path.Combine(_dir, "missing.png"));
        Assert.Equal(ExitCodes.Failed, code);
    }

    [Fact]
    public async Task Dihedral_prints_8_lines_in_reference_order()
    {
        var la = TestData.File("images/python-threatexchange/LA.png");
        var (code, output, _) = await Run("hash", "--dihedral", "--dihedral-method", "image", la);
        Assert.Equal(ExitCodes.Success, code);
        var hashes = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')[0]).ToList();
        var expected = TestData.Csv("expected/pytx-pdqhash-dihedral-LA.csv").Select(r => r[2]).ToList();
        Assert.Equal(expected, hashes);
    }

    [Fact]
    public async Task Reference_resize_reproduces_the_cpp_tool_within_12_bits()
    {
        var bridge = TestData.File("images/dih/bridge-1-original.jpg");
        var (code, output, _) = await Run("hash", "--reference-resize", bridge);
        Assert.Equal(ExitCodes.Success, code);
        var hash = Pdq.PdqHash.Parse(output.Split(',')[0]);
        Assert.True(hash.DistanceTo(Pdq.PdqHash.Parse("f8f8f0cce0f4e84d0e370a22028f67f0b36e2ed596623e1d33e6339c4e9c9b22")) <= 12);
    }

    [Fact]
    public async Task Help_works()
    {
        var (code, output, _) = await Run("hash", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--reference-resize", output, StringComparison.Ordinal);
    }
}
