using System.Net;
using Ariadne.Core.Cases;
using Ariadne.Investigation.Accounts;

namespace Ariadne.Web.Tests;

/// <summary>
/// Need-to-know on cases: members and Admins see a case; anyone else gets 404 on every case URL (its existence is
/// need-to-know too) and never sees it listed. Evidence downloads are audited and always attachments.
/// </summary>
public sealed class CaseAccessTests(RunningApp app) : IClassFixture<RunningApp>
{
    private static readonly string[] CaseUrls = ["", "/audit", "/timeline.csv", "/timeline.json", "/report.html", "/report.pdf", "/evidence/{evidence}", "/export/graphml", "/export/entities.csv", "/export/htcds.json", "/export/htcds.csv", "/export/ctdc.csv"];

    [Theory]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Viewer)]
    public async Task A_non_member_gets_404_on_every_url_of_the_case_and_does_not_see_it_listed(string role)
    {
        using var client = await app.SignedInClientAsync(role);
        foreach (var suffix in CaseUrls)
        {
            using var response = await client.GetAsync(PrivateUrl(suffix));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{suffix}: {response.StatusCode}");
            var body = await response.Content.ReadAsStringAsync();
            Assert.DoesNotContain("Private case", body, StringComparison.Ordinal);
        }

        using (var missing = await client.GetAsync("/cases/case-19990101-000000"))
        {
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        }

        var list = await client.GetStringAsync("/cases");
        Assert.Contains("Shared case", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Private case", list, StringComparison.Ordinal);
        Assert.DoesNotContain(app.PrivateCaseId, list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Admin)]
    public async Task The_member_and_an_admin_see_the_case_its_timeline_report_and_evidence(string role)
    {
        using var client = await app.SignedInClientAsync(role);
        foreach (var suffix in CaseUrls.Where(s => s != "/report.pdf"))
        {
            using var response = await client.GetAsync(PrivateUrl(suffix));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{suffix}: {response.StatusCode}");
        }

        var page = await client.GetStringAsync(PrivateUrl(""));
        Assert.Contains("Private case", page, StringComparison.Ordinal);
        var evidence = (await app.Store.Cases.GetEvidenceAsync(app.PrivateEvidenceId))!;
        Assert.Contains(evidence.Sha256, page, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(page);
        Assert.Contains("Private case", await client.GetStringAsync("/cases"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_from_another_case_is_not_found_under_a_case_the_reader_is_in()
    {
        using var viewer = await app.SignedInClientAsync(Roles.Viewer);

        using var response = await viewer.GetAsync($"/cases/{app.SharedCaseId}/evidence/{app.PrivateEvidenceId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_evidence_download_is_an_attachment_and_appends_an_evidence_viewed_record()
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        var before = (await app.Store.Cases.ListAuditAsync(app.PrivateCaseId)).Count;

        using var response = await analyst.GetAsync(PrivateUrl("/evidence/{evidence}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("page.html", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("<html><script>alert(1)</script></html>", await response.Content.ReadAsStringAsync());
        var log = await app.Store.Cases.ListAuditAsync(app.PrivateCaseId);
        Assert.Equal(before + 1, log.Count);
        Assert.Equal(AuditAction.EvidenceViewed, log[^1].Action);
        Assert.Equal(app.PrivateEvidenceId, log[^1].Subject);
        Assert.Equal(app.UserIdOf[Roles.Analyst], log[^1].UserId);
    }

    [Theory]
    [InlineData("Sec-Purpose", "prefetch")]
    [InlineData("Sec-Purpose", "prefetch;prerender")]
    [InlineData("Purpose", "prefetch")]
    [InlineData("X-Moz", "prefetch")]
    public async Task A_prefetch_of_a_recorded_download_is_refused_and_records_nothing(string header, string value)
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        var before = (await app.Store.Cases.ListAuditAsync(app.PrivateCaseId)).Count;

        foreach (var suffix in (string[])["/evidence/{evidence}", "/report.html", "/export/graphml"])
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, PrivateUrl(suffix));
            request.Headers.TryAddWithoutValidation(header, value);
            using var response = await analyst.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{suffix}: {response.StatusCode}");
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        Assert.Equal(before, (await app.Store.Cases.ListAuditAsync(app.PrivateCaseId)).Count);
    }

    [Fact]
    public async Task A_recorded_download_is_never_cached()
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);

        using var response = await analyst.GetAsync(PrivateUrl("/evidence/{evidence}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_non_member_cannot_post_into_the_case_even_with_a_valid_token()
    {
        using var reviewer = await app.SignedInClientAsync(Roles.Reviewer);
        var token = SignInForm.Hidden(await reviewer.GetStringAsync("/cases"), "__RequestVerificationToken");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["text"] = "outsider note" });

        using var response = await reviewer.PostAsync(PrivateUrl("/notes"), form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(await app.Store.Cases.ListNotesAsync(app.PrivateCaseId), n => n.Text == "outsider note");
    }

    [Fact]
    public async Task An_analyst_creates_a_case_writes_a_note_and_links_an_entity_through_the_forms()
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        var token = SignInForm.Hidden(await analyst.GetStringAsync("/cases"), "__RequestVerificationToken");

        using var create = await analyst.PostAsync("/cases", Form(token, ("title", "Forms <b>case</b>")));
        Assert.Equal(HttpStatusCode.Redirect, create.StatusCode);
        var path = create.Headers.Location!.OriginalString;
        Assert.StartsWith("/cases/case-", path, StringComparison.Ordinal);
        var caseId = path["/cases/".Length..];

        using var note = await analyst.PostAsync(path + "/notes", Form(token, ("text", "first note")));
        using var link = await analyst.PostAsync("/cases/items", Form(token, ("case", caseId), ("type", "entity"), ("key", "phone:+17135550142")));
        using var empty = await analyst.PostAsync(path + "/tasks", Form(token, ("title", " ")));

        Assert.Equal(path, note.Headers.Location!.OriginalString);
        Assert.Equal(path + "#items", link.Headers.Location!.OriginalString);
        Assert.Equal(path + "?error=invalid", empty.Headers.Location!.OriginalString);
        var page = await analyst.GetStringAsync(path);
        Assert.Contains("Forms &lt;b&gt;case&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("first note", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/entities/phone/%2B17135550142\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_an_admin_withdraws_evidence_with_a_reason_and_the_bytes_are_then_gone()
    {
        var evidence = await app.Cases.CaptureAsync(new(app.UserIdOf[Roles.Analyst], RunningApp.EmailOf(Roles.Analyst), false), app.SharedCaseId,
            new MemoryStream("to be withdrawn"u8.ToArray()), new Investigation.Cases.EvidenceCapture(EvidenceKind.Upload, "w.txt", "text/plain", null, null));
        var url = $"/cases/{app.SharedCaseId}/evidence/{evidence.Id}";
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        using var admin = await app.SignedInClientAsync(Roles.Admin);
        var analystToken = SignInForm.Hidden(await analyst.GetStringAsync("/cases"), "__RequestVerificationToken");
        var adminToken = SignInForm.Hidden(await admin.GetStringAsync("/cases"), "__RequestVerificationToken");

        using var refused = await analyst.PostAsync(url + "/withdraw", Form(analystToken, ("reason", "mine")));
        using var noReason = await admin.PostAsync(url + "/withdraw", Form(adminToken, ("reason", "")));
        Assert.Equal($"/cases/{app.SharedCaseId}?error=denied#evidence", refused.Headers.Location!.OriginalString);
        Assert.Equal($"/cases/{app.SharedCaseId}?error=invalid#evidence", noReason.Headers.Location!.OriginalString);
        Assert.Null((await app.Store.Cases.GetEvidenceAsync(evidence.Id))!.WithdrawnAtUtc);

        using var done = await admin.PostAsync(url + "/withdraw", Form(adminToken, ("reason", "court order 12")));
        Assert.Equal($"/cases/{app.SharedCaseId}#evidence", done.Headers.Location!.OriginalString);
        Assert.Equal("court order 12", (await app.Store.Cases.GetEvidenceAsync(evidence.Id))!.WithdrawnReason);
        using var download = await analyst.GetAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Contains("court order 12", await analyst.GetStringAsync($"/cases/{app.SharedCaseId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_adds_a_member_who_then_sees_the_case_and_a_viewer_member_gets_no_change_forms()
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        var (token, path, _) = await CreateCaseAsync(analyst, "Membership case");
        using var viewer = await app.SignedInClientAsync(Roles.Viewer);
        using (var before = await viewer.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        }

        using var add = await analyst.PostAsync(path + "/members", Form(token, ("user", app.UserIdOf[Roles.Viewer])));

        Assert.Equal(path, add.Headers.Location!.OriginalString);
        var page = await viewer.GetStringAsync(path);
        Assert.Contains("Membership case", page, StringComparison.Ordinal);
        Assert.DoesNotContain("action=\"" + path + "/notes\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Capture evidence", page, StringComparison.Ordinal);
        Assert.Contains("Court report (HTML)", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_timeline_csv_download_follows_the_filter_and_defuses_formulas()
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        var (token, path, _) = await CreateCaseAsync(analyst, "Timeline case");
        using var note = await analyst.PostAsync(path + "/notes", Form(token, ("text", "=HYPERLINK(\"http://x\")")));
        using var network = await analyst.PostAsync("/cases/items", Form(token, ("case", path["/cases/".Length..]), ("type", "network"), ("key", app.PhoneNetworkId)));

        using var response = await analyst.GetAsync(path + "/timeline.csv?kind=note");
        var csv = await response.Content.ReadAsStringAsync();
        var all = await analyst.GetStringAsync(path + "/timeline.csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"posted\",\"Ad posted: Listing number 5\"", all, StringComparison.Ordinal);
        var page = await analyst.GetStringAsync(path + "?kind=posted&from=2026-05-06&to=2026-05-06");
        Assert.Contains("Listing number 5<", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Listing number 10<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_chosen_on_the_document_page_is_captured_with_its_exact_bytes()
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        var (token, _, caseId) = await CreateCaseAsync(analyst, "Photo case");
        var documentPage = await analyst.GetStringAsync("/documents/" + app.DocumentIdOf[3]);
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(app.PhotoPath)));

        using var captured = await analyst.PostAsync("/cases/items", Form(token, ("case", caseId), ("type", "photo"), ("key", app.DocumentIdOf[3] + "/" + sha)));

        Assert.Contains("Add a photo to a case", documentPage, StringComparison.Ordinal);
        Assert.Contains("value=\"" + app.DocumentIdOf[3] + "/" + sha + "\"", documentPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, captured.StatusCode);
        var evidence = Assert.Single(await app.Store.Cases.ListEvidenceAsync(caseId));
        Assert.Equal((EvidenceKind.Photo, sha, sha), (evidence.Kind, evidence.Sha256, evidence.SubjectRef));
        Assert.Equal("image/jpeg", evidence.MediaType);
        Assert.Contains(app.DocumentIdOf[3], evidence.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_edits_the_details_unlinks_an_item_and_assigns_a_dated_task_to_a_member_only()
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        var (token, path, caseId) = await CreateCaseAsync(analyst, "Draft title");
        using var linked = await analyst.PostAsync("/cases/items", Form(token, ("case", caseId), ("type", "entity"), ("key", "phone:+17135550142")));

        using var details = await analyst.PostAsync(path + "/details", Form(token, ("title", "Harbour ring"), ("description", "Ads moved weekly.")));
        using var unlink = await analyst.PostAsync(path + "/items/remove", Form(token, ("type", "entity"), ("key", "phone:+17135550142")));
        using var task = await analyst.PostAsync(path + "/tasks", Form(token, ("title", "Ask the carrier"), ("assignee", app.UserIdOf[Roles.Analyst]), ("due", "2026-12-15")));
        using var outsiderTask = await analyst.PostAsync(path + "/tasks", Form(token, ("title", "Leak"), ("assignee", app.UserIdOf[Roles.Viewer])));

        var detail = await app.Store.Cases.GetAsync(caseId);
        Assert.Equal(("Harbour ring", "Ads moved weekly."), (detail!.Title, detail.Description));
        Assert.Empty(await app.Store.Cases.ListItemsAsync(caseId));
        var saved = Assert.Single(await app.Store.Cases.ListTasksAsync(caseId));
        Assert.Equal(("Ask the carrier", app.UserIdOf[Roles.Analyst]), (saved.Title, saved.AssigneeUserId));
        Assert.Equal(new DateTimeOffset(2026, 12, 15, 23, 59, 59, TimeSpan.Zero), saved.DueUtc);
        Assert.Contains("error=", outsiderTask.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var actions = (await app.Store.Cases.ListAuditAsync(caseId)).Select(r => r.Action).ToList();
        Assert.Equal([AuditAction.CaseCreated, AuditAction.ItemAdded, AuditAction.CaseUpdated, AuditAction.ItemRemoved, AuditAction.TaskAdded], actions);
        var page = await analyst.GetStringAsync(path);
        Assert.Contains("Harbour ring", page, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(page);
    }

    private string PrivateUrl(string suffix) =>
        $"/cases/{app.PrivateCaseId}{suffix.Replace("{evidence}", app.PrivateEvidenceId, StringComparison.Ordinal)}";

    // Creates a case through the "new case" form: the antiforgery token for later posts, the case's path and its id.
    private static async Task<(string Token, string Path, string CaseId)> CreateCaseAsync(HttpClient client, string title)
    {
        var token = SignInForm.Hidden(await client.GetStringAsync("/cases"), "__RequestVerificationToken");
        using var create = await client.PostAsync("/cases", Form(token, ("title", title)));
        var path = create.Headers.Location?.OriginalString
            ?? throw new InvalidOperationException($"Creating the case '{title}' answered {create.StatusCode}, not a redirect.");
        return (token, path, path["/cases/".Length..]);
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Prepend(new("__RequestVerificationToken", token)));
}
