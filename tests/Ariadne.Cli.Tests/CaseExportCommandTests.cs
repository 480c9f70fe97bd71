using System.Text.Json;
using System.Xml.Linq;
using Ariadne.Store;
using Ariadne.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Cli.Tests;

/// <summary>
/// <c>ariadne export ... --case</c>: a case holding a network and one more ad exports exactly those ads, only for
/// its members, and every export lands in the case's audit log, which still verifies.
/// </summary>
public sealed class CaseExportCommandTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public async Task A_case_exports_its_network_and_documents_to_members_only_and_logs_each_export()
    {
        using var dir = new TempDirectory();
        var store = await CliHarness.AnalysedStoreAsync(dir.Path, 300, 12);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "user", "add", "lead@example.com", "--role", "Analyst")).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "user", "add", "outsider@example.com", "--role", "Analyst")).ExitCode);

        string network;
        int size;
        string loneAd;
        await using (var opened = await AriadneStore.OpenAsync(StoreLocation.Parse(store), CancellationToken.None))
        {
            var largest = (await opened.Networks.ListNetworksAsync(1)).Single();
            (network, size) = (largest.Id, largest.DocumentCount);
            await using var context = opened.CreateDbContext();
            loneAd = await context.Documents.Where(d => !context.NetworkMembers.Any(m => m.DocumentId == d.Id)).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        }

        var caseId = (await CliHarness.RunAsync("--store", store, "case", "create", "Export check", "--as", "lead@example.com")).Output.Trim();
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "case", "capture", caseId, "--network", network, "--as", "lead@example.com")).ExitCode);
        Assert.Equal(0, (await CliHarness.RunAsync("--store", store, "case", "add", caseId, "--document", loneAd, "--as", "lead@example.com")).ExitCode);

        var graphml = await CliHarness.RunAsync("--store", store, "export", "graphml", "--case", caseId, "--as", "lead@example.com");
        var htcdsFile = dir.Combine("out", "case.htcds.json");
        var htcds = await CliHarness.RunAsync("--store", store, "export", "htcds", "--case", caseId, "--out", htcdsFile, "--as", "lead@example.com");
        var ctdc = await CliHarness.RunAsync("--store", store, "export", "ctdc", "--case", caseId, "--k", "2", "--out", dir.Combine("out", "c.csv"), "--as", "lead@example.com");
        var outsider = await CliHarness.RunAsync("--store", store, "export", "graphml", "--case", caseId, "--as", "outsider@example.com");
        var reportFile = dir.Combine("out", "report.html");
        var report = await CliHarness.RunAsync("--store", store, "export", "report", "--case", caseId, "--out", reportFile, "--as", "lead@example.com");
        var timeline = await CliHarness.RunAsync("--store", store, "case", "timeline", caseId, "--format", "csv", "--kind", "posted", "--as", "lead@example.com");
        var log = await CliHarness.RunAsync("--store", store, "audit", "log", caseId, "--as", "lead@example.com");
        var verify = await CliHarness.RunAsync("--store", store, "audit", "verify", "--case", caseId);

        Assert.True(graphml.ExitCode == 0, graphml.ToString());
        var ads = XDocument.Parse(graphml.Output).Descendants(G + "node").Where(n => n.Elements(G + "data").Any(d => (string?)d.Attribute("key") == "d0" && d.Value == "ad")).ToList();
        Assert.Equal(size + 1, ads.Count);
        Assert.Contains(ads, n => (string?)n.Attribute("id") == "doc:" + loneAd || n.ToString().Contains(loneAd, StringComparison.Ordinal));
        Assert.True(htcds.ExitCode == 0, htcds.ToString());
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(htcdsFile)))
        {
            var records = json.RootElement.EnumerateArray().ToList();
            Assert.True(records.Count >= 2);
            Assert.Contains(records, r => r.EnumerateObject().Any(p => p.Name.StartsWith("cas_", StringComparison.Ordinal)));
            Assert.Contains(records, r => r.EnumerateObject().Any(p => p.Value.ValueKind == JsonValueKind.String && p.Value.GetString()!.Contains(caseId, StringComparison.Ordinal)));
        }

        Assert.True(ctdc.ExitCode == 0, ctdc.ToString());
        Assert.Contains($"records in: {size + 1}", ctdc.Output, StringComparison.Ordinal);
        Assert.NotEqual(0, outsider.ExitCode);
        Assert.Contains("not a member", outsider.Error, StringComparison.Ordinal);
        Assert.True(report.ExitCode == 0, report.ToString());
        var html = await File.ReadAllTextAsync(reportFile);
        Assert.Contains("Export check", html, StringComparison.Ordinal);
        Assert.Contains("verified: all", html, StringComparison.Ordinal);
        Assert.True(timeline.ExitCode == 0, timeline.ToString());
        Assert.Equal(size + 2, timeline.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(4, log.Output.Split('\n').Count(l => l.Contains(" case.exported ", StringComparison.Ordinal)));
        Assert.True(verify.ExitCode == 0, verify.ToString());
    }
}
