using System.Text;
using Ariadne.Cli.Infrastructure;

namespace Ariadne.Cli.Tests;

/// <summary>Runs the real command tree in-process and captures what it prints.</summary>
public static class CliHarness
{
    public static async Task<CliResult> RunAsync(params string[] args)
    {
        var output = new StringWriter(new StringBuilder());
        var error = new StringWriter(new StringBuilder());
        var code = await CliRunner.RunAsync(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    /// <summary>A SQLite store in <paramref name="folder"/> holding a synthetic corpus, ingested and analysed by the CLI; returns its --store value.</summary>
    public static async Task<string> AnalysedStoreAsync(string folder, int ads, int seed)
    {
        var corpus = Path.Combine(folder, "corpus");
        var store = "sqlite:" + Path.Combine(folder, "ariadne.db");
        var steps = new[]
        {
            new[] { "synth", "--ads", ads.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", corpus, "--no-images" },
            ["--store", store, "ingest", corpus],
            ["--store", store, "analyze"],
        };
        foreach (var step in steps)
        {
            var result = await RunAsync(step);
            Assert.True(result.ExitCode == 0, $"{string.Join(' ', step)}: {result}");
        }

        return store;
    }
}
