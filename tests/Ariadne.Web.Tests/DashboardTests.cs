using System.Net;

namespace Ariadne.Web.Tests;

public sealed class DashboardTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task Dashboard_shows_corpus_runs_quarantine_and_analysis_progress()
    {
        var html = WebUtility.HtmlDecode(await app.Client.GetStringAsync("/"));

        Assert.Contains("<p class=\"figure\">75</p>", html, StringComparison.Ordinal);
        Assert.Contains("75 of 75", html, StringComparison.Ordinal);
        Assert.Contains("<progress max=\"75\" value=\"75\"", html, StringComparison.Ordinal);

        // Networks and the review queue arrive with linking and scoring; until then the slots say so, no numbers.
        Assert.Equal(2, html.Split("not computed yet").Length - 1);
        HtmlAssert.NoInlineScriptOrStyle(html);
    }

    [Fact]
    public async Task Navigation_shows_only_what_the_role_may_open()
    {
        var viewer = await app.Client.GetStringAsync("/");
        using var admin = await app.SignedInClientAsync(Accounts.Roles.Admin);
        var adminHtml = await admin.GetStringAsync("/");

        Assert.DoesNotContain("href=\"/import\"", viewer, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/users\"", viewer, StringComparison.Ordinal);
        Assert.Contains("href=\"/import\"", adminHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/users\"", adminHtml, StringComparison.Ordinal);
        Assert.Contains("viewer@example.com", viewer, StringComparison.Ordinal);
    }
}
