using System.Diagnostics;
using System.Text;
using Ariadne.Store;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

/// <summary>Kills a real ingest process with SIGKILL mid-run and checks the next run loses and repeats nothing.</summary>
public sealed class ResumeAfterKillTests
{
    private const int Lines = 300_000;

    [Fact]
    public async Task Ingest_killed_mid_file_resumes_without_loss_or_duplicates()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "big.jsonl");
        var brokenLines = WriteInput(file);
        var store = "sqlite:" + Path.Combine(dir.Path, "ariadne.db");

        // Open once so the schema exists before the child process starts and we can poll it.
        await using (await AriadneStore.OpenAsync(StoreLocation.Parse(store), CancellationToken.None))
        {
        }

        using (var child = StartIngest(store, file))
        {
            var clock = Stopwatch.StartNew();
            long committed = 0;
            while (committed < 10_000 && !child.HasExited && clock.Elapsed < TimeSpan.FromMinutes(3))
            {
                await Task.Delay(50);
                await using var probe = await AriadneStore.OpenAsync(StoreLocation.Parse(store), CancellationToken.None);
                committed = await probe.CountDocumentsAsync(cancellationToken: CancellationToken.None);
            }

            Assert.False(child.HasExited, "ingest finished before it could be killed; make the input larger");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        await using (var afterKill = await AriadneStore.OpenAsync(StoreLocation.Parse(store), CancellationToken.None))
        {
            var partial = await afterKill.CountDocumentsAsync(cancellationToken: CancellationToken.None);
            Assert.InRange(partial, 1, Lines - brokenLines.Count - 1);
        }

        var resumed = await CliHarness.RunAsync("--store", store, "ingest", file);
        Assert.True(resumed.ExitCode == 3, resumed.ToString());

        await using var final = await AriadneStore.OpenAsync(StoreLocation.Parse(store), CancellationToken.None);
        Assert.Equal(Lines - brokenLines.Count, await final.CountDocumentsAsync(cancellationToken: CancellationToken.None));
        var quarantined = await final.ListQuarantineAsync(null, 1000, CancellationToken.None);
        Assert.Equal(brokenLines.Order().ToArray(), quarantined.Select(q => q.Line).Order().ToArray());
    }

    private static List<long> WriteInput(string file)
    {
        var broken = new List<long>();
        using var writer = new StreamWriter(file, false, new UTF8Encoding(false), 1 << 16);
        for (var line = 1; line <= Lines; line++)
        {
            if (line % 50_000 == 7)
            {
                writer.Write("{\"id\": broken}\n");
                broken.Add(line);
                continue;
            }

            writer.Write("{\"id\":\"ad-");
            writer.Write(line);
            writer.Write("\",\"text\":\"Classy and discreet, new pictures, number ");
            writer.Write(line);
            writer.Write(" in the series, call for details\",\"location\":\"Dallas, TX\",\"posted_at\":\"2026-04-02T10:00:00Z\"}\n");
        }

        return broken;
    }

    private static Process StartIngest(string store, string file)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "ariadne.dll");
        Assert.True(File.Exists(cli), $"expected the CLI next to the tests at {cli}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("--store");
        start.ArgumentList.Add(store);
        start.ArgumentList.Add("ingest");
        start.ArgumentList.Add("--batch-size");
        start.ArgumentList.Add("500");
        start.ArgumentList.Add(file);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the CLI");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
