using System.Net;
using System.Text;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Store.Blobs;
using Ariadne.Testing;

namespace Ariadne.Web.Tests;

/// <summary>Indicator hits from the real scorer, highlighted on the document page from their stored spans.</summary>
public sealed class DocumentRiskTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task Indicator_hits_are_highlighted_from_their_spans_beside_the_entities_with_an_advisory_note()
    {
        using var temp = new TempDirectory();
        var file = temp.Combine("trust.jsonl");
        await File.WriteAllTextAsync(file, "{\"id\":\"trust-1\",\"title\":\"Trust wording\",\"text\":\"Hi, I'm Ruby, 100% real pics, no bait and switch. Text 713-555-0199.\",\"country\":\"US\"}\n", Encoding.UTF8);
        await new IngestService().IngestAsync([file], new IngestOptions(), app.Store.CreateIngestSink(), new FileSystemBlobStore(temp.Combine("blobs")), null, CancellationToken.None);
        await new AnalyzeService().RunAsync(app.Store, new AnalyzeOptions { Scorer = new DocumentScorer(SmallRiskModel.Instance), Link = false }, null, CancellationToken.None);

        var page = await app.Store.SearchDocumentsAsync(new Store.Search.DocumentSearchQuery { Text = "Ruby" });
        var id = Assert.Single(page.Items).Id;
        var hits = await app.Store.Scoring.GetHitsAsync(id);
        var body = (await app.Store.GetDocumentAsync(id))!.Body;

        // The text holds two places trust.genuine's English phrases (rules/indicators.yaml) find, "100% real pics"
        // (two of its phrases overlapping, reported as one span) and "no bait and switch", and nothing any other rule
        // looks for: the phone is written plainly (no obfuscation), and there is no age, price, ethnicity, third-party
        // or restriction wording. So exactly those two spans, each named by the rule's id and its version (2).
        Assert.Equal(
            [("trust.genuine@2", "100% real pics"), ("trust.genuine@2", "no bait and switch")],
            hits.OrderBy(h => h.Start).Select(h => (h.RuleId, body[h.Start..h.End])).ToArray());

        var raw = await app.Client.GetStringAsync("/documents/" + id);
        var html = WebUtility.HtmlDecode(raw);
        foreach (var hit in hits)
        {
            Assert.Contains($"<mark class=\"indicator\" title=\"indicator {hit.RuleId}: {hit.Explanation}\">{body[hit.Start..hit.End]}", html, StringComparison.Ordinal);
        }

        Assert.Contains("<mark class=\"entity entity-phone\"", html, StringComparison.Ordinal);
        Assert.Contains("Not linked to any other ad", html, StringComparison.Ordinal);
        Assert.Contains("The score is advisory", html, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(raw);
    }
}
