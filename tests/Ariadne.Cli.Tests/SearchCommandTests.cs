using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

public sealed class SearchCommandTests
{
    [Fact]
    public async Task Search_finds_ingested_documents_and_pages_with_a_cursor()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "ads.jsonl");
        var lines = Enumerable.Range(1, 30).Select(i =>
            $"{{\"id\":\"ad-{i}\",\"title\":\"Listing {i}\",\"text\":\"{(i % 3 == 0 ? "Montréal visit, ask for Jade" : "Quiet evening companion")} #{i}\",\"country\":\"{(i % 2 == 0 ? "CA" : "US")}\",\"posted_at\":\"2026-03-{i:00}T08:00:00Z\"}}");
        await File.WriteAllLinesAsync(file, lines);
        var store = "sqlite:" + Path.Combine(dir.Path, "a.db");
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "ingest", file)).ExitCode);

        var jade = await CliHarness.RunAsync("--store", store, "search", "jade", "--json", "--limit", "500");
        Assert.Equal(0, jade.ExitCode);
        Assert.Equal(10, jade.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var montreal = await CliHarness.RunAsync("--store", store, "search", "montreal", "--country", "CA", "--json");
        Assert.Equal(5, montreal.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var firstPage = await CliHarness.RunAsync("--store", store, "search", "--limit", "20");
        Assert.Contains("Listing 30", firstPage.Output, StringComparison.Ordinal);
        var cursorLine = firstPage.Output.Split('\n').Single(l => l.StartsWith("more results: add --cursor ", StringComparison.Ordinal));
        var cursor = cursorLine["more results: add --cursor ".Length..].Trim();
        var secondPage = await CliHarness.RunAsync("--store", store, "search", "--limit", "20", "--cursor", cursor, "--json");
        Assert.Equal(10, secondPage.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"Listing 1\"", secondPage.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Listing 11\"", secondPage.Output, StringComparison.Ordinal);
    }
}
