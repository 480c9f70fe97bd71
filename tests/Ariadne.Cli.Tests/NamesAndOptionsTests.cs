using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

/// <summary>
/// A name the store does not hold (bank, case, network, model) is an error with exit 2 that names it, never an empty
/// answer with exit 0; and --store or --blobs given to a command that does not use them is refused, not ignored.
/// </summary>
public sealed class NamesAndOptionsTests
{
    private static readonly string AnyHash = new('a', 64);

    [Fact]
    public async Task Unknown_banks_cases_networks_and_models_exit_2_naming_them()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "a.db");
        var bankFile = Path.Combine(dir.Path, "bank.txt");
        await File.WriteAllTextAsync(bankFile, "pdq " + AnyHash + "\n");
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "bank", "import", "known", bankFile)).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "user", "add", "lead@example.com", "--role", "Analyst")).ExitCode);

        var known = await CliHarness.RunAsync("--store", store, "bank", "match", "--bank", "known", "--hash", AnyHash);
        var misspelt = await CliHarness.RunAsync("--store", store, "bank", "match", "--bank", "knwon", "--hash", AnyHash);
        var exportBank = await CliHarness.RunAsync("--store", store, "bank", "export", "knwon");
        var verifyCase = await CliHarness.RunAsync("--store", store, "audit", "verify", "--case", "case-20260101-000000");
        var showCase = await CliHarness.RunAsync("--store", store, "case", "show", "case-20260101-000000", "--as", "lead@example.com");
        var network = await CliHarness.RunAsync("--store", store, "export", "graphml", "--network", "net-nope");
        var model = await CliHarness.RunAsync("model", "evaluate", "--model", Path.Combine(dir.Path, "no-model"), "--ads", "100");

        Assert.Equal(0, known.ExitCode);
        Assert.Contains(",known,", known.Output, StringComparison.Ordinal);
        Assert.Equal(2, misspelt.ExitCode);
        Assert.Contains("no bank named 'knwon'", misspelt.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("query,bank", misspelt.Output, StringComparison.Ordinal);
        Assert.Equal(2, exportBank.ExitCode);
        Assert.Contains("'knwon'", exportBank.Error, StringComparison.Ordinal);
        Assert.Equal(2, verifyCase.ExitCode);
        Assert.Contains("no case 'case-20260101-000000'", verifyCase.Error, StringComparison.Ordinal);
        Assert.Equal(2, showCase.ExitCode);
        Assert.Contains("case-20260101-000000", showCase.Error, StringComparison.Ordinal);
        Assert.Equal(2, network.ExitCode);
        Assert.Contains("net-nope", network.Error, StringComparison.Ordinal);
        Assert.Equal(2, model.ExitCode);
        Assert.Contains("no-model", model.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--store", "postgres:Host=nowhere", "synth", "--ads", "5", "--out", "x")]
    [InlineData("--store", "postgres:Host=nowhere", "extract")]
    [InlineData("--store", "postgres:Host=nowhere", "link", "--input", "x.jsonl")]
    [InlineData("--blobs", "/nowhere", "synth", "--ads", "5", "--out", "x")]
    [InlineData("--blobs", "/nowhere", "search", "jade")]
    [InlineData("--blobs", "/nowhere", "bank", "list")]
    [InlineData("synth", "--ads", "5", "--out", "x", "--store", "postgres:Host=nowhere")]
    [InlineData("model", "evaluate", "--model", "m", "--store", "postgres:Host=nowhere")]
    [InlineData("search", "jade", "--blobs", "/nowhere")]
    public async Task Store_options_given_to_a_command_that_does_not_use_them_are_refused(params string[] args)
    {
        using var dir = new TempDirectory();
        var result = await CliHarness.RunAsync(args.Select(a => a == "x" || a == "m" || a == "x.jsonl" ? Path.Combine(dir.Path, a) : a).ToArray());

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(args.Contains("--store") ? "--store" : "--blobs", result.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    [Theory]
    [InlineData("synth", false)]
    [InlineData("hash", false)]
    [InlineData("extract", false)]
    [InlineData("link", false)]
    [InlineData("search", true)]
    [InlineData("ingest", true)]
    public async Task Help_offers_store_options_only_where_they_are_used(string command, bool offered)
    {
        var help = await CliHarness.RunAsync(command, "--help");

        Assert.Equal(offered, help.Output.Contains("--store", StringComparison.Ordinal));
    }
}
