using System.Text.Json;
using Ariadne.Testing;

namespace Ariadne.Cli.Tests;

public sealed class LinkCommandTests
{
    [Fact]
    public async Task Writes_one_network_per_document_reports_bad_lines_and_explains_edges()
    {
        using var dir = new TempDirectory();
        var input = Path.Combine(dir.Path, "ads.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": "a1", "text": "Jade here, call (212) 555-0101 tonight", "country": "US", "posted_at": "2026-03-01T10:00:00Z", "location": "Houston, TX"}""",
            """{"id": "a2", "text": "New pics! text two one two, five five five, zero one zero one", "country": "US", "posted_at": "2026-03-09T10:00:00Z", "location": "Dallas, TX"}""",
            """{"id": "b1", "text": "Mia: write to mia.rose@example.org", "country": "US"}""",
            """{"id": "b2", "text": "mia.rose at example dot org for bookings", "country": "US"}""",
            """{"id": "c1", "text": "no contact details at all here"}""",
            """{"id": "broken", "text": """,
            """{"text": "no id on this line"}""",
        ]);
        var networks = Path.Combine(dir.Path, "networks.jsonl");

        var run = await CliHarness.RunAsync("link", "--input", input, "--networks", networks);

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains($"{input}:6:", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{input}:7: field 'id' is missing", run.Error, StringComparison.Ordinal);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["a1", "a2", "b1", "b2", "c1"], lines.Select(l => l.GetProperty("id").GetString()));
        var network = lines.ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("network").GetString()!);
        Assert.Equal(network["a1"], network["a2"]);
        Assert.Equal(network["b1"], network["b2"]);
        Assert.NotEqual(network["a1"], network["b1"]);
        Assert.NotEqual(network["a1"], network["c1"]);

        var reports = (await File.ReadAllLinesAsync(networks)).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, reports.Count);
        var jade = reports.Single(r => r.GetProperty("network").GetString() == network["a1"]);
        Assert.Equal(2, jade.GetProperty("ads").GetInt32());
        var edge = Assert.Single(jade.GetProperty("edges").EnumerateArray());
        Assert.Equal("phone", edge.GetProperty("kind").GetString());
        Assert.Equal("+12125550101", edge.GetProperty("evidence").GetString());
        Assert.Equal(["Houston, US", "Dallas, US"], jade.GetProperty("movement").EnumerateArray().Select(s => s.GetProperty("city").GetString()));
    }

    [Fact]
    public async Task A_missing_input_file_is_a_clear_error()
    {
        var run = await CliHarness.RunAsync("link", "--input", "/nonexistent/ads.jsonl");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("/nonexistent/ads.jsonl", run.Error, StringComparison.Ordinal);
    }
}
