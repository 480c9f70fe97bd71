using Ariadne.Core.Entities;
using Ariadne.Store;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public async Task Analyze_extracts_entities_once_and_a_second_run_finds_nothing_new()
    {
        using var dir = new TempDirectory();
        var corpus = Path.Combine(dir.Path, "corpus");
        var store = "sqlite:" + Path.Combine(dir.Path, "ariadne.db");
        Assert.Equal(0, (await CliHarness.RunAsync("synth", "--ads", "300", "--seed", "11", "--out", corpus, "--no-images")).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "ingest", corpus)).ExitCode);

        var first = await CliHarness.RunAsync("--store", store, "analyze");
        var second = await CliHarness.RunAsync("--store", store, "analyze");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("analysed 300 documents", first.Output, StringComparison.Ordinal);
        Assert.Contains("analysed 0 documents", second.Output, StringComparison.Ordinal);
        await using var opened = await AriadneStore.OpenAsync(StoreLocation.Parse(store), CancellationToken.None);
        await using var context = opened.CreateDbContext();
        Assert.True(context.EntityMentions.Count(m => m.Type == EntityType.Phone) > 100);
        Assert.True(context.EntityMentions.Count(m => m.Type == EntityType.Phone && m.Obfuscated) > 10);
    }
}
