using System.Text;
using Ariadne.Store;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

public sealed class IngestCommandTests
{
    [Fact]
    public async Task Ingesting_a_corpus_twice_leaves_one_copy_of_each_document()
    {
        using var dir = new TempDirectory();
        var corpus = Path.Combine(dir.Path, "corpus");
        var store = "sqlite:" + Path.Combine(dir.Path, "store", "ariadne.db");
        Assert.Equal(0, (await CliHarness.RunAsync("synth", "--ads", "10000", "--seed", "7", "--out", corpus)).ExitCode);

        var first = await CliHarness.RunAsync("--store", store, "ingest", corpus);
        var second = await CliHarness.RunAsync("--store", store, "ingest", Path.Combine(corpus, "ads.jsonl"));

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("10,000 added", first.Output, StringComparison.Ordinal);
        Assert.Contains("0 added", second.Output, StringComparison.Ordinal);
        await using var opened = await AriadneStore.OpenAsync(StoreLocation.Parse(store), CancellationToken.None);
        Assert.Equal(10000, await opened.CountDocumentsAsync(cancellationToken: CancellationToken.None));
    }

    [Fact]
    public async Task Broken_lines_are_quarantined_with_their_line_numbers_and_the_rest_goes_in()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "ads.jsonl");
        var broken = new Dictionary<int, string>
        {
            [17] = "{\"id\": \"ad-17\", \"text\": \"unterminated",
            [480] = "{\"id\": \"ad-480\"}",
            [999] = "this is not json at all",
        };
        var lines = new StringBuilder();
        for (var line = 1; line <= 1000; line++)
        {
            lines.Append(broken.TryGetValue(line, out var bad)
                ? bad
                : $"{{\"id\": \"ad-{line}\", \"text\": \"Sweet and classy, ask for Jade, ad number {line}\", \"location\": \"Houston, TX\", \"country\": \"US\", \"posted_at\": \"2026-03-01T12:00:00Z\"}}");
            lines.Append('\n');
        }

        await File.WriteAllTextAsync(file, lines.ToString());
        var store = "sqlite:" + Path.Combine(dir.Path, "ariadne.db");

        var result = await CliHarness.RunAsync("--store", store, "ingest", file);

        Assert.True(result.ExitCode == 3, result.ToString());
        Assert.Contains("997 added", result.Output, StringComparison.Ordinal);
        Assert.Contains("3 quarantined", result.Output, StringComparison.Ordinal);
        await using (var opened = await AriadneStore.OpenAsync(StoreLocation.Parse(store), CancellationToken.None))
        {
            Assert.Equal(997, await opened.CountDocumentsAsync(cancellationToken: CancellationToken.None));
            var quarantined = await opened.ListQuarantineAsync(null, 100, CancellationToken.None);
            Assert.Equal([17L, 480L, 999L], quarantined.Select(q => q.Line).Order().ToArray());
            Assert.All(quarantined, q => Assert.Equal(file, q.File));
            Assert.Contains(quarantined, q => q.Line == 480 && q.Reason.Contains("text", StringComparison.OrdinalIgnoreCase));
        }

        var list = await CliHarness.RunAsync("--store", store, "quarantine", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("480", list.Output, StringComparison.Ordinal);
        Assert.Contains("3 quarantined records shown", list.Output, StringComparison.Ordinal);

        // Re-ingesting the same file neither adds documents nor quarantines the same lines again.
        var again = await CliHarness.RunAsync("--store", store, "ingest", file);
        Assert.Contains("0 added", again.Output, StringComparison.Ordinal);
        var listAgain = await CliHarness.RunAsync("--store", store, "quarantine", "list");
        Assert.Contains("3 quarantined records shown", listAgain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        var missing = Path.Combine(dir.Path, "no-such-file.jsonl");

        var result = await CliHarness.RunAsync("--store", "sqlite:" + Path.Combine(dir.Path, "a.db"), "ingest", missing);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-such-file.jsonl", result.Error, StringComparison.Ordinal);
    }
}
