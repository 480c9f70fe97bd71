using Ariadne.Core.Entities;
using Ariadne.Extraction;
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
        // The oracle: the extractor run here, in-process, over each stored body, outside the CLI, the pipeline's
        // batching and the store. After two analyze runs the store must hold exactly one mention for each phone it
        // finds (same document, span, value and obfuscation flag): none dropped, none stored twice by the second run.
        // Compared as multisets, not counts; the synthetic corpus has obfuscated phones (the generator writes some in
        // words, other scripts or keycaps), so both kinds are exercised, which the last asserts make sure of.
        var extractor = new EntityExtractor();
        var expected = context.Documents.AsEnumerable()
            .SelectMany(d => extractor.Extract(d.Body, d.Country).Where(e => e.Type == EntityType.Phone).Select(e => $"{d.Id} {e.Start}-{e.End} {e.Value} {e.Obfuscated}"))
            .Order(StringComparer.Ordinal).ToList();
        var stored = context.EntityMentions.Where(m => m.Type == EntityType.Phone).AsEnumerable()
            .Select(m => $"{m.DocumentId} {m.Start}-{m.End} {m.Value} {m.Obfuscated}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(300, context.Documents.Count());
        Assert.Equal(expected, stored);
        Assert.Contains(stored, m => m.EndsWith(" True", StringComparison.Ordinal));
        Assert.Contains(stored, m => m.EndsWith(" False", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pending_lists_every_stage_in_run_order_and_analyses_nothing()
    {
        using var dir = new TempDirectory();
        var corpus = Path.Combine(dir.Path, "corpus");
        var store = "sqlite:" + Path.Combine(dir.Path, "ariadne.db");
        Assert.Equal(0, (await CliHarness.RunAsync("synth", "--ads", "40", "--seed", "12", "--out", corpus, "--no-images")).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "ingest", corpus)).ExitCode);

        var before = await CliHarness.RunAsync("--store", store, "analyze", "--pending");
        var again = await CliHarness.RunAsync("--store", store, "analyze", "--pending");
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "analyze")).ExitCode);
        var after = await CliHarness.RunAsync("--store", store, "analyze", "--pending");

        Assert.True(before.ExitCode == 0, before.ToString());
        var lines = before.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(["extract", "hash", "link", "score", "watch"], lines.Select(l => l[..l.IndexOf(' ', StringComparison.Ordinal)]));
        Assert.StartsWith("extract (version 2): 40 documents pending", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("score (version 2): 40 documents pending", lines[3], StringComparison.Ordinal);
        // Asking analyses nothing: the second question gets the same answer.
        Assert.Equal(before.Output, again.Output);
        Assert.All(after.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Contains(": 0 documents pending", l, StringComparison.Ordinal));
    }
}
