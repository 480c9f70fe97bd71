using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

/// <summary><c>ariadne watch</c> end to end on a real SQLite store: watches added, new documents ingested and analysed, matches listed and printed.</summary>
public sealed class WatchCommandTests
{
    [Fact]
    public async Task Watches_added_from_the_terminal_report_the_new_documents_that_analyze_finds()
    {
        using var dir = new TempDirectory();
        var store = "sqlite:" + Path.Combine(dir.Path, "a.db");
        var first = Path.Combine(dir.Path, "first.jsonl");
        var second = Path.Combine(dir.Path, "second.jsonl");
        await File.WriteAllTextAsync(first, """{"id":"a1","text":"Relaxing massage, text 713 555 0142","country":"US","location":"Houston, TX"}""" + "\n");
        await File.WriteAllTextAsync(second,
            """{"id":"b1","text":"Late night massage special","country":"US","location":"Austin, TX"}""" + "\n" +
            """{"id":"b2","text":"New in town, call +1 (713) 555-0142","country":"US","location":"Austin, TX"}""" + "\n");
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "user", "add", "lead@example.com", "--role", "Analyst")).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "ingest", first)).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "analyze")).ExitCode);

        var search = await CliHarness.RunAsync("--store", store, "watch", "add", "Massage in the US", "massage", "--country", "us", "--owner", "lead@example.com");
        var phone = await CliHarness.RunAsync("--store", store, "watch", "add", "Jade's phone", "--phone", "713.555.0142", "--owner", "lead@example.com");
        var both = await CliHarness.RunAsync("--store", store, "watch", "add", "Both", "massage", "--phone", "713 555 0142", "--owner", "lead@example.com");
        var nobody = await CliHarness.RunAsync("--store", store, "watch", "list", "--owner", "ghost@example.com");
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "ingest", second)).ExitCode);
        var run = await CliHarness.RunAsync("--store", store, "watch", "run", "--owner", "lead@example.com");
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "analyze")).ExitCode);
        var list = await CliHarness.RunAsync("--store", store, "watch", "list", "--owner", "lead@example.com");

        Assert.Equal(0, search.ExitCode);
        Assert.Contains("“massage” · country US", search.Output, StringComparison.Ordinal);
        Assert.Equal(0, phone.ExitCode);
        Assert.Contains("phone +17135550142", phone.Output, StringComparison.Ordinal);
        Assert.Equal(1, both.ExitCode);
        Assert.Equal(1, nobody.ExitCode);
        Assert.Contains("no account 'ghost@example.com'", nobody.Error, StringComparison.Ordinal);

        // Ingested but not analysed: the watches wait rather than miss the phone that extraction has not read yet.
        Assert.Contains("against 0 new documents: 0 new matches", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 new documents wait for `ariadne analyze`", run.Output, StringComparison.Ordinal);

        Assert.Equal(0, list.ExitCode);
        var rows = list.Output.Split('\n');
        Assert.Contains(rows, r => r.Contains("Massage in the US", StringComparison.Ordinal) && r.Contains("│ 1       │ 1", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Jade's phone", StringComparison.Ordinal) && r.Contains("│ 1       │ 1", StringComparison.Ordinal));

        var id = list.Output.Split('\n').First(r => r.Contains("Jade's phone", StringComparison.Ordinal)).Split('│', StringSplitOptions.TrimEntries)[1];
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "watch", "remove", id, "--owner", "lead@example.com")).ExitCode);
        Assert.DoesNotContain("Jade's phone", (await CliHarness.RunAsync("--store", store, "watch", "list", "--owner", "lead@example.com")).Output, StringComparison.Ordinal);
    }
}
