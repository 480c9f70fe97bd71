using System.Net;
using System.Text;
using Ariadne.Analysis.Ingest;
using Ariadne.Core.Documents;
using Ariadne.Investigation.Accounts;
using Ariadne.Store.Blobs;
using Ariadne.Testing;

namespace Ariadne.Web.Tests;

/// <summary>Every time shown carries its zone (UTC unless the reader chose one), and date-only postings stay dates.</summary>
public sealed class TimeZoneTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task Times_are_UTC_by_default_and_in_the_chosen_zone_with_its_name_after_choosing_one()
    {
        using var client = await app.SignedInClientAsync(Roles.Analyst);
        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/import/jobs/" + RunningApp.ImportJobId));
        Assert.Contains(">2026-11-01 09:00 UTC</time>", before, StringComparison.Ordinal);
        Assert.Contains(">Times in UTC</a>", before, StringComparison.Ordinal);

        using var response = await ChooseAsync(client, "America/Chicago", "/import/jobs/" + RunningApp.ImportJobId);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/import/jobs/" + RunningApp.ImportJobId, response.Headers.Location!.OriginalString);

        // 09:00 UTC on 1 November 2026 is an hour after Chicago left summer time: 03:00 at UTC-06:00.
        var after = WebUtility.HtmlDecode(await client.GetStringAsync("/import/jobs/" + RunningApp.ImportJobId));
        Assert.Contains("title=\"2026-11-01 09:00 UTC\">2026-11-01 03:00 America/Chicago (UTC-06:00)</time>", after, StringComparison.Ordinal);
        Assert.Contains(">Times in America/Chicago</a>", after, StringComparison.Ordinal);
        Assert.Contains("<option value=\"America/Chicago\" selected>", await client.GetStringAsync("/settings/time-zone"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_zone_or_a_foreign_return_address_is_refused()
    {
        using var client = await app.SignedInClientAsync(Roles.Viewer);
        using var unknown = await ChooseAsync(client, "Mars/Olympus_Mons", "/");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);

        using var foreign = await ChooseAsync(client, "Europe/Paris", "https://example.com/x");
        Assert.Equal("/", foreign.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_posting_written_as_a_date_is_shown_as_that_date_in_any_zone()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "dated.jsonl");
        var line = "{\"id\":\"dated-1\",\"title\":\"Dated wombat\",\"text\":\"wombat\",\"posted_at\":\"August 22, 2026\",\"country\":\"US\"}";
        await File.WriteAllTextAsync(file, line + "\n");
        await new IngestService().IngestAsync([file], new IngestOptions(), app.Store.CreateIngestSink(), new FileSystemBlobStore(Path.Combine(dir.Path, "blobs")), null, CancellationToken.None);
        var id = DocumentIds.FromContentHash(DocumentIds.Sha256Hex(Encoding.UTF8.GetBytes(line)));

        using var client = await app.SignedInClientAsync(Roles.Viewer);
        using var chosen = await ChooseAsync(client, "America/Los_Angeles", "/");
        var html = WebUtility.HtmlDecode(await client.GetStringAsync("/documents/" + id));

        Assert.Contains("<time datetime=\"2026-08-22\" class=\"date-only\" title=\"date as written: August 22, 2026 (no time of day given)\">2026-08-22</time>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-08-21", html, StringComparison.Ordinal);
        Assert.DoesNotContain("00:00", html, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> ChooseAsync(HttpClient client, string zone, string returnUrl)
    {
        var page = await client.GetStringAsync("/settings/time-zone");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignInForm.Hidden(page, "__RequestVerificationToken"),
            ["zone"] = zone,
            ["returnUrl"] = returnUrl,
        });
        return await client.PostAsync("/settings/time-zone/save", form);
    }
}
