using System.Security.Cryptography;
using System.Text;
using Ariadne.Core.Cases;
using Ariadne.Investigation.Cases;
using Ariadne.Investigation.Cases.Report;

namespace Ariadne.Investigation.Tests.Cases;

/// <summary>The court report: self-contained, hostile text encoded, custody facts present, export audited; the PDF prints.</summary>
public sealed class CaseReportBuilderTests : IAsyncLifetime
{
    private const string Hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";

    private CaseStore Corpus { get; } = new();

    private string caseId = "";
    private string evidenceSha = "";

    public async Task InitializeAsync()
    {
        await Corpus.InitializeAsync();
        var cases = Corpus.Cases;
        caseId = (await cases.CreateAsync(Corpus.Analyst, "Ring " + Hostile, "Description " + Hostile)).Id;
        evidenceSha = (await cases.CaptureNetworkAsync(Corpus.Analyst, caseId, Corpus.NetworkId)).Sha256;
        await cases.AddItemAsync(Corpus.Analyst, caseId, CaseItemType.Document, Corpus.Id["d5"]);
        await cases.AddNoteAsync(Corpus.Analyst, caseId, "Note " + Hostile);
        await cases.CaptureAsync(Corpus.Analyst, caseId, new MemoryStream("page"u8.ToArray()),
            new EvidenceCapture(EvidenceKind.WebPage, "<b>page</b>.html", "text/html", "https://example.com/?q=<script>", Hostile));
    }

    public Task DisposeAsync() => Corpus.DisposeAsync();

    private CaseReportBuilder Builder() =>
        new(Corpus.Store, Corpus.Cases, (id, _) => Task.FromResult("verified: the chain of " + id + " holds <ok>"), Corpus.Time);

    [Fact]
    public async Task Html_is_self_contained_encodes_hostile_text_and_states_the_custody_facts()
    {
        var html = await Builder().BuildHtmlAsync(Corpus.Analyst, caseId);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>page", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        // Every '<' left in the file opens one of our tags; none of them fetches anything.
        Assert.DoesNotMatch(@"<[^>]*\s(src|href|onerror|onload)\s*=", html);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Contains(caseId, html, StringComparison.Ordinal);
        Assert.Contains(evidenceSha, html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Chain of custody", html, StringComparison.Ordinal);
        Assert.Contains("verified: the chain of " + caseId + " holds &lt;ok&gt;", html, StringComparison.Ordinal);
        var head = (await Corpus.Store.Cases.GetAuditHeadAsync(caseId))!;
        Assert.Contains(head.Hash, html, StringComparison.Ordinal);
        Assert.Contains("Ad posted: Sweet Jade", html, StringComparison.Ordinal);
        // The tip was written as "March 2, 2026": a date, never printed as midnight UTC.
        Assert.Contains("2026-03-02 (date only)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-03-02 00:00:00 UTC", html, StringComparison.Ordinal);

        // The report carries the head signed as it was built: a checkpoint of the latest record, with its signature.
        var signed = (await Corpus.Store.Cases.ListCheckpointsAsync(caseId))[^1];
        Assert.Equal(head.Sequence, signed.Sequence);
        Assert.True(Corpus.Cases.Signer.Verify(signed));
        Assert.Contains($"record #{signed.Sequence}, hash {signed.Hash}, key {signed.KeyId}", html, StringComparison.Ordinal);
        Assert.Contains(System.Text.Encodings.Web.HtmlEncoder.Default.Encode(signed.Signature), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_page_holds_the_contents_and_the_custody_verdict_with_no_forced_page_break_after_the_title()
    {
        var html = await Builder().BuildHtmlAsync(Corpus.Analyst, caseId);
        var titlePage = html[html.IndexOf("<section class=\"title-page\">", StringComparison.Ordinal)..];
        titlePage = titlePage[..(titlePage.IndexOf("</section>", StringComparison.Ordinal) + "</section>".Length)];

        Assert.DoesNotContain("page-break-after", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Contents</h2>", titlePage, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Evidence</th><td>2 (SHA-256", titlePage, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">Notes and tasks</th><td>1 notes, 0 tasks</td>", titlePage, StringComparison.Ordinal);
        Assert.Contains("audit records; verified: the chain of " + caseId, titlePage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Producing_the_report_records_an_export_with_the_hash_of_its_bytes_and_signs_a_checkpoint()
    {
        var file = await Builder().ProduceHtmlAsync(Corpus.Analyst, caseId);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(file.Content)), file.Sha256);
        var log = await Corpus.Store.Cases.ListAuditAsync(caseId);
        Assert.Equal(AuditAction.Exported, log[^1].Action);
        Assert.Equal(file.Sha256, log[^1].Details);
        Assert.Equal(log[^1].Sequence, (await Corpus.Store.Cases.ListCheckpointsAsync(caseId))[^1].Sequence);
        Assert.Equal(log[^1].Sequence, file.Custody.Sequence);
        Assert.Equal(log[^1].Hash, file.Custody.Hash);
        Assert.True(Corpus.Cases.Signer.Verify(file.Custody));
        Assert.StartsWith("<!DOCTYPE html>", Encoding.UTF8.GetString(file.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_non_member_gets_no_report()
    {
        await Assert.ThrowsAsync<CaseAccessDeniedException>(() => Builder().ProduceHtmlAsync(Corpus.Outsider, caseId));
    }

    [Fact]
    public async Task The_network_figure_is_deterministic_svg_with_one_circle_per_ad_and_coloured_edges()
    {
        var network = (await Corpus.Store.Networks.GetNetworkAsync(Corpus.NetworkId))!;

        var first = NetworkFigure.Draw(network);

        Assert.Equal(first, NetworkFigure.Draw(network));
        Assert.Equal(network.Members.Count, first.Split("<circle ").Length - 1);
        Assert.Equal(network.Edges.Count, first.Split("<line x1").Length - 1 - network.Edges.Select(e => e.Kind).Distinct().Count());
        Assert.Contains("stroke=\"" + NetworkFigure.ColourOf(network.Edges[0].Kind) + "\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", first, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Pdf_is_printed_by_chromium_and_its_export_is_recorded()
    {
        var file = await Builder().ProducePdfAsync(Corpus.Analyst, caseId, ChromiumPdfPrinter.Create());

        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(file.Content, 0, 5), StringComparison.Ordinal);
        Assert.Contains("/Type /Page", Encoding.Latin1.GetString(file.Content), StringComparison.Ordinal);
        var log = await Corpus.Store.Cases.ListAuditAsync(caseId);
        Assert.Equal(file.Sha256, log[^1].Details);
        Assert.Equal("report report.pdf", log[^1].Subject);
    }

    [Fact]
    public void A_missing_browser_is_an_error_naming_what_to_install()
    {
        var previous = Environment.GetEnvironmentVariable(ChromiumPdfPrinter.EnvironmentVariable);
        Environment.SetEnvironmentVariable(ChromiumPdfPrinter.EnvironmentVariable, "/nonexistent/chromium");
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => ChromiumPdfPrinter.Create());
            Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(ChromiumPdfPrinter.EnvironmentVariable, previous);
        }
    }
}
