using System.Net;
using Ariadne.Web.Accounts;

namespace Ariadne.Web.Tests;

/// <summary>
/// Every endpoint × every role, plus anonymous. The expectations are written out here, not derived from
/// <see cref="Policies"/>, so a change to the policy mapping has to be made on purpose in both places.
/// </summary>
public sealed class AccessMatrixTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string Anonymous = "anonymous";

    private static readonly string[] Everyone = [Roles.Admin, Roles.Analyst, Roles.Reviewer, Roles.Viewer];
    private static readonly string[] Importers = [Roles.Admin, Roles.Analyst];
    private static readonly string[] Admins = [Roles.Admin];
    private static readonly string[] Reviewers = [Roles.Admin, Roles.Reviewer];

    /// <summary>
    /// Path ({doc}, {photo}: real document ids; {case}: a case every role is a member of, so membership is not what
    /// is tested here; CaseAccessTests covers need-to-know), whether it is an API, and who may open it.
    /// </summary>
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, _, _) in Endpoints)
        {
            foreach (var who in Everyone.Append(Anonymous))
            {
                data.Add(path, who);
            }
        }

        return data;
    }

    private static readonly (string Path, bool Api, string[] Allowed)[] Endpoints =
    [
        ("/", false, Everyone),
        ("/search?q=jade", false, Everyone),
        ("/documents/{doc}", false, Everyone),
        ("/entities/phone/%2B17135550142", false, Everyone),
        ("/import", false, Importers),
        ("/admin/users", false, Admins),
        ("/api/documents", true, Everyone),
        ("/api/documents/{doc}", true, Everyone),
        ("/api/documents/{doc}/raw", true, Everyone),
        ("/api/documents/{photo}/images/0", true, Everyone),
        ("/api/entities/phone/graph?value=%2B17135550142", true, Everyone),
        ("/api/entities/phone/movements?value=%2B17135550142", true, Everyone),
        ("/networks", false, Everyone),
        ("/networks?risk=high", false, Everyone),
        ("/networks/{net}", false, Everyone),
        ("/networks/{net}?from={doc}&to={photo}", false, Everyone),
        ("/api/networks/{net}/graph", true, Everyone),
        ("/api/networks/{net}/movements", true, Everyone),
        ("/review", false, Reviewers),
        ("/cases", false, Everyone),
        ("/cases/{case}", false, Everyone),
        ("/cases/{case}?kind=note&from=2020-01-01&to=2100-01-01", false, Everyone),
        ("/cases/{case}/audit", false, Everyone),
        ("/cases/{case}/timeline.csv", false, Everyone),
        ("/cases/{case}/timeline.json?kind=evidence", false, Everyone),
        ("/cases/{case}/evidence/{evidence}", false, Everyone),
        ("/cases/{case}/report.html", false, Everyone),
        ("/cases/{case}/export/graphml", false, Everyone),
        ("/cases/{case}/export/htcds.json", false, Everyone),
        ("/cases/{case}/export/ctdc.csv", false, Everyone),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Each_role_gets_exactly_what_it_may(string path, string who)
    {
        var endpoint = Endpoints.Single(e => e.Path == path);
        var url = path.Replace("{doc}", app.DocumentIdOf[5], StringComparison.Ordinal).Replace("{photo}", app.DocumentIdOf[3], StringComparison.Ordinal)
            .Replace("{net}", app.PhoneNetworkId, StringComparison.Ordinal)
            .Replace("{case}", app.SharedCaseId, StringComparison.Ordinal).Replace("{evidence}", app.SharedEvidenceId, StringComparison.Ordinal);
        using var client = who == Anonymous ? app.NewClient() : await app.SignedInClientAsync(who);

        using var response = await client.GetAsync(url);

        if (who != Anonymous && endpoint.Allowed.Contains(who))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else if (endpoint.Api)
        {
            Assert.Equal(who == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!.OriginalString;
            Assert.Contains(who == Anonymous ? "/account/sign-in?ReturnUrl=" : "/account/denied?ReturnUrl=", location, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Admin, HttpStatusCode.BadRequest)]
    [InlineData(Roles.Analyst, HttpStatusCode.BadRequest)]
    [InlineData(Roles.Reviewer, HttpStatusCode.Redirect)]
    [InlineData(Roles.Viewer, HttpStatusCode.Redirect)]
    [InlineData(Anonymous, HttpStatusCode.Redirect)]
    public async Task Posting_an_import_needs_an_importer_role_and_then_an_antiforgery_token(string who, HttpStatusCode expected)
    {
        using var client = who == Anonymous ? app.NewClient() : await app.SignedInClientAsync(who);
        using var form = new MultipartFormDataContent { { new ByteArrayContent("{\"id\":\"x\",\"text\":\"y\"}\n"u8.ToArray()), "file", "a.jsonl" } };

        using var response = await client.PostAsync("/import", form);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Contains(who == Anonymous ? "/account/sign-in" : "/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(Roles.Admin, HttpStatusCode.BadRequest)]
    [InlineData(Roles.Reviewer, HttpStatusCode.BadRequest)]
    [InlineData(Roles.Analyst, HttpStatusCode.Redirect)]
    [InlineData(Roles.Viewer, HttpStatusCode.Redirect)]
    [InlineData(Anonymous, HttpStatusCode.Redirect)]
    public async Task Posting_a_review_decision_needs_a_reviewer_role_and_then_an_antiforgery_token(string who, HttpStatusCode expected)
    {
        using var client = who == Anonymous ? app.NewClient() : await app.SignedInClientAsync(who);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["document"] = app.DocumentIdOf[5], ["verdict"] = "dismiss", ["reason"] = "no token" });

        using var response = await client.PostAsync("/review/decisions", form);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Redirect)
        {
            Assert.Contains(who == Anonymous ? "/account/sign-in" : "/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(await app.Store.Scoring.ListDecisionsAsync(), d => d.Reason == "no token");
    }

    [Theory]
    [InlineData(Roles.Admin, HttpStatusCode.BadRequest)]
    [InlineData(Roles.Analyst, HttpStatusCode.BadRequest)]
    [InlineData(Roles.Reviewer, HttpStatusCode.BadRequest)]
    [InlineData(Roles.Viewer, HttpStatusCode.Redirect)]
    [InlineData(Anonymous, HttpStatusCode.Redirect)]
    public async Task Case_changes_need_the_cases_policy_and_then_an_antiforgery_token(string who, HttpStatusCode expected)
    {
        using var client = who == Anonymous ? app.NewClient() : await app.SignedInClientAsync(who);
        foreach (var path in new[] { "/cases", $"/cases/{app.SharedCaseId}/notes", $"/cases/{app.SharedCaseId}/status", $"/cases/{app.SharedCaseId}/members", $"/cases/{app.SharedCaseId}/details", $"/cases/{app.SharedCaseId}/items/remove", "/cases/items" })
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "no token", ["text"] = "no token", ["status"] = "closed", ["case"] = app.SharedCaseId, ["type"] = "entity", ["key"] = "phone:+1" });

            using var response = await client.PostAsync(path, form);

            Assert.Equal(expected, response.StatusCode);
            if (expected == HttpStatusCode.Redirect)
            {
                Assert.Contains(who == Anonymous ? "/account/sign-in" : "/account/denied", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(await app.Store.Cases.ListNotesAsync(app.SharedCaseId), n => n.Text == "no token");
    }
}
