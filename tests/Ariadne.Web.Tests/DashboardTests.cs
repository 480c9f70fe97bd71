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

        // The network and backlog tiles carry the store's own numbers and lead to the filtered list and the queue.
        var networks = await app.Store.Networks.CountNetworksAsync();
        var risky = await app.Store.Networks.CountRiskyNetworksAsync(0.5);
        var backlog = await app.Store.Scoring.CountUndecidedAsync(0.5);
        Assert.True(networks >= 1);
        Assert.Contains($"<a href=\"/networks?risk=high\" aria-label=\"{risky} networks with a member at risk 0.5 or more\">{risky}</a>", html, StringComparison.Ordinal);
        Assert.Contains($"of {networks} networks have a member at risk 0.5 or more", html, StringComparison.Ordinal);
        Assert.Contains($"<p class=\"figure\">{backlog}</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not computed yet", html, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(html);
    }

    [Fact]
    public async Task Navigation_shows_only_what_the_role_may_open()
    {
        var viewer = await app.Client.GetStringAsync("/");
        using var admin = await app.SignedInClientAsync(Investigation.Accounts.Roles.Admin);
        var adminHtml = await admin.GetStringAsync("/");

        Assert.DoesNotContain("href=\"/import\"", viewer, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/users\"", viewer, StringComparison.Ordinal);
        Assert.Contains("href=\"/import\"", adminHtml, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/users\"", adminHtml, StringComparison.Ordinal);
        Assert.Contains("viewer@example.com", viewer, StringComparison.Ordinal);
    }
}
