using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

public sealed class BankCommandTests
{
    private const string H1 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";
    private const string H2 = "0000000000000000000000000000000000000000000000000000000000000000";

    // H1 with its last 3 hex digits changed: 0x22 -> 0xdd flips 8 bits, 0xb -> 0x4 flips 4 more.
    private const string NearH1 = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c94dd";

    [Fact]
    public async Task Import_export_round_trip_list_and_match()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "ariadne.db");
        var file = Path.Combine(dir.Path, "bank.csv");
        await File.WriteAllTextAsync(file,
            "signal_type,signal_value,quality,source,added_by,reason,added_at\n"
            + $"pdq,{H1},92,\"partner, A\",ana,takedown 17,2026-03-01T12:00:00.000Z\n"
            + $"pdq,{H2},0,partner B,ana,flat,2026-03-02T12:00:00.000Z\n");

        var import = await CliHarness.RunAsync("--store", store, "bank", "import", "known", file, "--description", "test bank");
        var again = await CliHarness.RunAsync("--store", store, "bank", "import", "known", file);
        var export = await CliHarness.RunAsync("--store", store, "bank", "export", "known");
        var list = await CliHarness.RunAsync("--store", store, "bank", "list");
        var match = await CliHarness.RunAsync("--store", store, "bank", "match", "--hash", NearH1, "--hash", H2);
        var strict = await CliHarness.RunAsync("--store", store, "bank", "match", "--hash", NearH1, "--max-distance", "11");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("2 hashes added", import.Output, StringComparison.Ordinal);
        Assert.Contains("0 hashes added, 2 already present", again.Output, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(file), export.Output);
        Assert.Contains("known", list.Output, StringComparison.Ordinal);
        Assert.Contains("test bank", list.Output, StringComparison.Ordinal);
        Assert.True(match.ExitCode == 0, match.ToString());
        Assert.Equal(
            [
                "query,bank,entry_id,entry_hash,distance,note",
                $"{NearH1},known,1,{H1},12,",
                $"{H2},known,2,{H2},0,unreliable: entry quality 0",
            ],
            match.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["query,bank,entry_id,entry_hash,distance,note"], strict.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Bad_rows_are_named_and_skipped_and_the_exit_code_is_3()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "ariadne.db");
        var file = Path.Combine(dir.Path, "bank.csv");
        await File.WriteAllTextAsync(file, $"signal_type,signal_value\npdq,{H1}\npdq,xyz\nvideo_md5,{H2}\n");

        var import = await CliHarness.RunAsync("--store", store, "bank", "import", "mixed", file);
        var export = await CliHarness.RunAsync("--store", store, "bank", "export", "mixed");
        var missing = await CliHarness.RunAsync("--store", store, "bank", "export", "nope");
        var badHash = await CliHarness.RunAsync("--store", store, "bank", "match", "--hash", "xyz");

        Assert.Equal(3, import.ExitCode);
        Assert.Contains("line 3, field 'signal_value'", import.Error, StringComparison.Ordinal);
        Assert.Contains("line 4, field 'signal_type'", import.Error, StringComparison.Ordinal);
        Assert.Contains("1 hashes added", import.Output, StringComparison.Ordinal);
        Assert.Equal(2, export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("no bank named 'nope'", missing.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, badHash.ExitCode);
    }

    [Fact]
    public async Task Match_hashes_image_files_and_reports_unreadable_ones()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "ariadne.db");
        var corpus = Path.Combine(dir.Path, "corpus");
        Assert.Equal(0, (await CliHarness.RunAsync("synth", "--ads", "40", "--seed", "3", "--out", corpus)).ExitCode);
        var image = Directory.GetFiles(Path.Combine(corpus, "images"), "*-original.jpg").Order(StringComparer.Ordinal).First();
        var hashed = await CliHarness.RunAsync("hash", image);
        var bankFile = Path.Combine(dir.Path, "bank.txt");
        await File.WriteAllTextAsync(bankFile, "pdq " + hashed.Output.Split(',')[0] + "\n");
        var broken = Path.Combine(dir.Path, "broken.jpg");
        await File.WriteAllBytesAsync(broken, [1, 2, 3]);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "bank", "import", "te", bankFile)).ExitCode);

        var match = await CliHarness.RunAsync("--store", store, "bank", "match", image, broken);

        Assert.Equal(3, match.ExitCode);
        Assert.Contains($"{image},te,1,", match.Output, StringComparison.Ordinal);
        Assert.Contains("broken.jpg", match.Error, StringComparison.Ordinal);
    }
}
