using System.Net;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Cases.Report;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace Ariadne.Web.Tests;

/// <summary>
/// Every route the app answers × every method it takes × every role and anonymous, each called over HTTP. The routes
/// come from the running app's own endpoint data source, and <see cref="Table"/> must name each of them exactly once:
/// a new route without an entry fails <see cref="Every_route_the_app_answers_has_an_entry_in_the_table"/>, and an
/// entry for a route that no longer exists fails <see cref="Every_entry_in_the_table_is_a_route_the_app_answers"/>.
/// The expectations are written out here, not derived from <see cref="Policies"/> or the endpoints' metadata, so a
/// change to who may do what has to be made on purpose in both places.
/// </summary>
public sealed class AccessMatrixTests(RunningApp app) : IClassFixture<RunningApp>
{
    private const string Anonymous = "anonymous";
    private const string Get = "GET";
    private const string Post = "POST";

    private static readonly string[] EveryRole = [Roles.Admin, Roles.Analyst, Roles.Reviewer, Roles.Viewer];

    /// <summary>No account needed: liveness checks, the stylesheet the sign-in page needs, sign-in and the error page.</summary>
    private static readonly string[] Public = [.. EveryRole, Anonymous];

    private static readonly string[] Readers = EveryRole;
    private static readonly string[] Importers = [Roles.Admin, Roles.Analyst];
    private static readonly string[] Reviewers = [Roles.Admin, Roles.Reviewer];
    private static readonly string[] CaseWorkers = [Roles.Admin, Roles.Analyst, Roles.Reviewer];
    private static readonly string[] Admins = [Roles.Admin];
    private static readonly string[] Watchers = [Roles.Admin, Roles.Analyst];

    /// <summary>
    /// Route pattern (exactly as the app declares it) and method → who may use it, and the URLs that exercise it
    /// ({doc}, {photo}: real document ids; {net}: a real network; {case}: a case every role is a member of, so
    /// membership is not what is tested here (CaseAccessTests covers need-to-know); {evidence}: a file in that case;
    /// {job}: a stored import job). Where a route takes a closed set of values (report and export formats) every
    /// value is called. Razor component pages take GET and POST (POST for their forms); a POST without an
    /// antiforgery token is refused with 400 once authorization has let it through, so 400 is what "allowed" means
    /// for a POST here, and nothing is changed by these calls.
    /// </summary>
    private static readonly (string Pattern, string Method, string[] Allowed, string[] Urls)[] Table =
    [
        // Framework and account plumbing.
        ("/healthz", Get, Public, ["/healthz"]),
        ("/assets/{**path}", Get, Public, ["/assets/app.css"]),
        ("/account/sign-in", Get, Public, ["/account/sign-in"]),
        ("/account/sign-in", Post, Public, ["/account/sign-in"]),
        ("/error", Get, Public, ["/error"]),
        ("/error", Post, Public, ["/error"]),
        ("/status/{Code:int}", Get, Public, ["/status/404"]),
        ("/status/{Code:int}", Post, Public, ["/status/404"]),
        ("/account/denied", Get, Readers, ["/account/denied"]),
        ("/account/denied", Post, Readers, ["/account/denied"]),
        ("/account/sign-out", Post, Readers, ["/account/sign-out"]),
        ("/_framework/opaque-redirect", Get, Readers, ["/_framework/opaque-redirect"]),

        // Reading: every role.
        ("/", Get, Readers, ["/"]),
        ("/", Post, Readers, ["/"]),
        ("/search", Get, Readers, ["/search?q=jade"]),
        ("/search", Post, Readers, ["/search"]),
        ("/documents/{Id}", Get, Readers, ["/documents/{doc}"]),
        ("/documents/{Id}", Post, Readers, ["/documents/{doc}"]),
        ("/entities/{Type}/{*Value}", Get, Readers, ["/entities/phone/%2B17135550142"]),
        ("/entities/{Type}/{*Value}", Post, Readers, ["/entities/phone/%2B17135550142"]),
        ("/networks", Get, Readers, ["/networks", "/networks?risk=high"]),
        ("/networks", Post, Readers, ["/networks"]),
        ("/networks/{Id}", Get, Readers, ["/networks/{net}", "/networks/{net}?from={doc}&to={photo}"]),
        ("/networks/{Id}", Post, Readers, ["/networks/{net}"]),
        ("/api/documents/", Get, Readers, ["/api/documents"]),
        ("/exports/search.{format}", Get, Readers, ["/exports/search.csv?q=jade", "/exports/search.jsonl?q=jade"]),
        ("/exports/entity.{format}", Get, Readers, ["/exports/entity.csv?type=phone&value=%2B17135550142", "/exports/entity.jsonl?type=phone&value=%2B17135550142"]),
        ("/exports/network.{format}", Get, Readers, ["/exports/network.csv?id={net}", "/exports/network.jsonl?id={net}"]),
        ("/api/documents/{id}", Get, Readers, ["/api/documents/{doc}"]),
        ("/api/documents/{id}/raw", Get, Readers, ["/api/documents/{doc}/raw"]),
        ("/api/documents/{id}/images/{ordinal:int}", Get, Readers, ["/api/documents/{photo}/images/0"]),
        ("/api/entities/{type}/graph", Get, Readers, ["/api/entities/phone/graph?value=%2B17135550142"]),
        ("/api/entities/{type}/movements", Get, Readers, ["/api/entities/phone/movements?value=%2B17135550142"]),
        ("/api/networks/{id}/graph", Get, Readers, ["/api/networks/{net}/graph"]),
        ("/api/networks/{id}/movements", Get, Readers, ["/api/networks/{net}/movements"]),
        ("/settings/time-zone", Get, Readers, ["/settings/time-zone", "/settings/time-zone?returnUrl=%2Fsearch"]),
        ("/settings/time-zone", Post, Readers, ["/settings/time-zone"]),
        ("/settings/time-zone/save", Post, Readers, ["/settings/time-zone/save"]),

        // Importing: Analysts and Admins.
        ("/import", Get, Importers, ["/import"]),
        ("/import", Post, Importers, ["/import"]),
        ("/import/jobs/{Id}", Get, Importers, ["/import/jobs/{job}"]),
        ("/import/jobs/{Id}", Post, Importers, ["/import/jobs/{job}"]),

        // Reviewing: Reviewers and Admins.
        ("/review", Get, Reviewers, ["/review"]),
        ("/review", Post, Reviewers, ["/review"]),
        ("/review/decisions", Post, Reviewers, ["/review/decisions"]),

        // Managing accounts: Admins.
        ("/admin/users", Get, Admins, ["/admin/users"]),
        ("/admin/users", Post, Admins, ["/admin/users"]),

        // Cases: every member reads and downloads (a Viewer too); only Analysts, Reviewers and Admins change them.
        ("/cases", Get, Readers, ["/cases"]),
        ("/cases", Post, CaseWorkers, ["/cases"]),
        ("/cases/{Id}", Get, Readers, ["/cases/{case}", "/cases/{case}?kind=note&from=2020-01-01&to=2100-01-01"]),
        ("/cases/{Id}", Post, Readers, ["/cases/{case}"]),
        ("/cases/{Id}/audit", Get, Readers, ["/cases/{case}/audit"]),
        ("/cases/{Id}/audit", Post, Readers, ["/cases/{case}/audit"]),
        ("/cases/{id}/evidence/{evidence}", Get, Readers, ["/cases/{case}/evidence/{evidence}"]),
        ("/cases/{id}/timeline.{format:regex(^(csv|json)$)}", Get, Readers, ["/cases/{case}/timeline.csv", "/cases/{case}/timeline.json?kind=evidence"]),
        ("/cases/{id}/report.{format:regex(^(html|pdf)$)}", Get, Readers, ["/cases/{case}/report.html", "/cases/{case}/report.pdf"]),
        ("/cases/{id}/export/{file:regex(^(graphml|entities\\.csv|htcds\\.json|htcds\\.csv|ctdc\\.csv)$)}", Get, Readers,
            ["/cases/{case}/export/graphml", "/cases/{case}/export/entities.csv", "/cases/{case}/export/htcds.json", "/cases/{case}/export/htcds.csv", "/cases/{case}/export/ctdc.csv"]),
        ("/cases/items", Post, CaseWorkers, ["/cases/items"]),
        ("/cases/{id}/status", Post, CaseWorkers, ["/cases/{case}/status"]),
        ("/cases/{id}/details", Post, CaseWorkers, ["/cases/{case}/details"]),
        ("/cases/{id}/members", Post, CaseWorkers, ["/cases/{case}/members"]),
        ("/cases/{id}/members/remove", Post, CaseWorkers, ["/cases/{case}/members/remove"]),
        ("/cases/{id}/notes", Post, CaseWorkers, ["/cases/{case}/notes"]),
        ("/cases/{id}/tasks", Post, CaseWorkers, ["/cases/{case}/tasks"]),
        ("/cases/{id}/tasks/done", Post, CaseWorkers, ["/cases/{case}/tasks/done"]),
        ("/cases/{id}/items/remove", Post, CaseWorkers, ["/cases/{case}/items/remove"]),
        ("/cases/{id}/evidence", Post, CaseWorkers, ["/cases/{case}/evidence"]),
        ("/cases/{id}/evidence/{evidence}/withdraw", Post, CaseWorkers, ["/cases/{case}/evidence/{evidence}/withdraw"]),

        // Watches: Analysts and Admins, each their own (watch 0 never exists; WatchPageTests covers ownership).
        ("/watches", Get, Watchers, ["/watches"]),
        ("/watches", Post, Watchers, ["/watches"]),
        ("/watches/{Id:long}", Get, Watchers, ["/watches/0"]),
        ("/watches/{Id:long}", Post, Watchers, ["/watches/0"]),
        ("/watches/search", Post, Watchers, ["/watches/search"]),
        ("/watches/add", Post, Watchers, ["/watches/add"]),
        ("/watches/{id:long}/rename", Post, Watchers, ["/watches/0/rename"]),
        ("/watches/{id:long}/remove", Post, Watchers, ["/watches/0/remove"]),
    ];

    /// <summary>Each table entry × each of its URLs × each role and anonymous.</summary>
    public static TheoryData<string, string, string, string> Calls()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (pattern, method, _, urls) in Table)
        {
            foreach (var url in urls)
            {
                foreach (var who in Public)
                {
                    data.Add(method, url, who, pattern);
                }
            }
        }

        return data;
    }

    [Fact]
    public void Every_route_the_app_answers_has_an_entry_in_the_table()
    {
        var listed = Table.Select(e => (e.Pattern, e.Method)).ToHashSet();

        var missing = RoutesOfTheApp().Where(r => !listed.Contains(r)).Select(r => $"{r.Method} {r.Pattern}").ToList();

        Assert.True(missing.Count == 0, "Routes with no entry in the access table (say who may use them): " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_entry_in_the_table_is_a_route_the_app_answers()
    {
        var routes = RoutesOfTheApp().ToHashSet();

        var stale = Table.Where(e => !routes.Contains((e.Pattern, e.Method))).Select(e => $"{e.Method} {e.Pattern}").ToList();

        Assert.True(stale.Count == 0, "Access table entries that match no route of the app: " + string.Join(", ", stale));
        Assert.Equal(Table.Length, Table.Select(e => (e.Pattern, e.Method)).Distinct().Count());
    }

    /// <summary>
    /// The URLs must reach the route they stand for, or the matrix would test some other route twice. Checked with
    /// the route's own template and constraints (the regex formats, the int ordinal), through the app's own
    /// constraint factory.
    /// </summary>
    [Fact]
    public void Every_url_in_the_table_matches_its_route_pattern()
    {
        var endpoints = app.Endpoints;
        var policies = app.Services.GetRequiredService<ParameterPolicyFactory>();
        foreach (var (pattern, _, _, urls) in Table)
        {
            var route = endpoints.First(e => e.RoutePattern.RawText == pattern).RoutePattern;
            var matcher = new TemplateMatcher(TemplateParser.Parse(pattern), new RouteValueDictionary(route.Defaults));
            foreach (var url in urls)
            {
                var values = new RouteValueDictionary();
                var path = Fill(url).Split('?')[0];
                Assert.True(matcher.TryMatch(path, values), $"{url} does not match {pattern}");
                foreach (var (name, references) in route.ParameterPolicies)
                {
                    foreach (var reference in references)
                    {
                        if (policies.Create(route.GetParameter(name), reference) is IRouteConstraint constraint)
                        {
                            Assert.True(constraint.Match(null, null, name, values, RouteDirection.IncomingRequest), $"{url} fails the constraint {reference.Content} of {pattern}");
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task Each_role_gets_exactly_what_it_may(string method, string url, string who, string pattern)
    {
        var allowed = Table.Single(e => e.Pattern == pattern && e.Method == method).Allowed.Contains(who);
        var client = who == Anonymous ? app.NewClient() : await app.SharedClientAsync(who);
        try
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), Fill(url));
            if (method == Post)
            {
                // A multipart form (what the upload routes declare they accept; routing answers 415 to anything
                // else before authorization runs) with no antiforgery token: authorization runs first, so a refused
                // caller is turned away before the token is looked at, and an allowed one gets the token check's 400.
                request.Content = new MultipartFormDataContent
                {
                    { new StringContent("no token"), "text" },
                    { new ByteArrayContent("{\"id\":\"x\",\"text\":\"y\"}\n"u8.ToArray()), "file", "a.jsonl" },
                };
            }

            using var response = await client.SendAsync(request);

            var location = response.Headers.Location?.OriginalString ?? "";
            var api = url.StartsWith("/api/", StringComparison.Ordinal);
            if (allowed)
            {
                Assert.False(location.Contains("/account/sign-in", StringComparison.Ordinal) || location.Contains("/account/denied", StringComparison.Ordinal),
                    $"{who} was turned away from {method} {url} ({location})");
                if (method == Post)
                {
                    Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                }
                else
                {
                    Assert.True(AnswerWhenAllowed(url) == response.StatusCode, $"{who}: {method} {url} answered {(int)response.StatusCode}");
                }
            }
            else if (api)
            {
                Assert.Equal(who == Anonymous ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Contains(who == Anonymous ? "/account/sign-in?ReturnUrl=" : "/account/denied?ReturnUrl=", location, StringComparison.Ordinal);
            }
        }
        finally
        {
            if (who == Anonymous)
            {
                client.Dispose();
            }
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
        Assert.DoesNotContain(await app.Store.Scoring.ListDecisionsAsync(), d => d.Reason == "no token");
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Analyst)]
    [InlineData(Roles.Reviewer)]
    [InlineData(Roles.Viewer)]
    [InlineData(Anonymous)]
    public async Task Case_changes_without_an_antiforgery_token_change_nothing(string who)
    {
        using var client = who == Anonymous ? app.NewClient() : await app.SignedInClientAsync(who);
        foreach (var path in new[] { "/cases", $"/cases/{app.SharedCaseId}/notes", $"/cases/{app.SharedCaseId}/status", $"/cases/{app.SharedCaseId}/members", $"/cases/{app.SharedCaseId}/details", $"/cases/{app.SharedCaseId}/items/remove", "/cases/items" })
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "no token", ["text"] = "no token", ["status"] = "closed", ["case"] = app.SharedCaseId, ["type"] = "entity", ["key"] = "phone:+1" });

            using var response = await client.PostAsync(path, form);

            Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.DoesNotContain(await app.Store.Cases.ListNotesAsync(app.SharedCaseId), n => n.Text == "no token");
    }

    /// <summary>
    /// What an allowed GET answers: 200, but for a watch that does not exist (404) and two routes whose answer past authorization depends on things other
    /// than the caller. Blazor's opaque redirect needs a data-protected <c>url</c> parameter only Blazor makes (400
    /// without it), and the PDF report needs chromium on the server (503 with a message saying so where there is none).
    /// </summary>
    private static HttpStatusCode AnswerWhenAllowed(string url) => url switch
    {
        "/_framework/opaque-redirect" => HttpStatusCode.BadRequest,
        "/watches/0" => HttpStatusCode.NotFound,
        _ when url.EndsWith("/report.pdf", StringComparison.Ordinal) => ChromiumPdfPrinter.FindExecutable() is null ? HttpStatusCode.ServiceUnavailable : HttpStatusCode.OK,
        _ => HttpStatusCode.OK,
    };

    /// <summary>(pattern, method) of every route endpoint of the running app; one with no method metadata answers any method.</summary>
    private IEnumerable<(string Pattern, string Method)> RoutesOfTheApp() =>
        app.Endpoints.SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (e.RoutePattern.RawText ?? "", m)))
            .Distinct();

    private string Fill(string url) =>
        url.Replace("{doc}", app.DocumentIdOf[5], StringComparison.Ordinal).Replace("{photo}", app.DocumentIdOf[3], StringComparison.Ordinal)
            .Replace("{net}", app.PhoneNetworkId, StringComparison.Ordinal).Replace("{job}", RunningApp.ImportJobId, StringComparison.Ordinal)
            .Replace("{case}", app.SharedCaseId, StringComparison.Ordinal).Replace("{evidence}", app.SharedEvidenceId, StringComparison.Ordinal);
}
