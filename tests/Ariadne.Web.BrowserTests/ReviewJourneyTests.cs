using System.Globalization;
using System.Text.RegularExpressions;
using Ariadne.Investigation.Accounts;
using Ariadne.Linking.Networks;
using Ariadne.Web.Networks;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// The path the app is for: dashboard → a high-risk network → why two of its ads are linked → a review decision.
/// </summary>
public sealed partial class AnalystJourneyTests
{
    [Fact]
    public async Task From_the_dashboard_to_a_high_risk_network_why_two_ads_are_linked_and_a_review_decision()
    {
        var page = await app.SignedInPageAsync(Roles.Reviewer);
        var problems = PageProblems.Collect(page);
        var risky = await app.Store.Networks.CountRiskyNetworksAsync(0.5);
        Assert.True(risky > 0, "the seeded corpus has no network with a member at risk 0.5 or more");

        // The dashboard tile leads to the networks filtered to high risk.
        await page.GetByRole(AriaRole.Link, new() { Name = $"{risky} networks with a member at risk 0.5 or more" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/networks\\?risk=high$"));
        var rows = page.Locator("table.results tbody tr");
        Assert.Equal((int)Math.Min(risky, 50), await rows.CountAsync());
        await app.ScreenshotAsync(page, "networks");

        // Open the largest one: its graph is drawn on canvas.
        await rows.First.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/networks/n[0-9a-f]{16}$"));
        var networkId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var graph = page.Locator("section.graph[data-state=ready]");
        await graph.WaitForAsync(Visible);
        var drawn = await InkedPixelsAsync(page);
        Assert.True(drawn > 500, $"the network graph canvas has only {drawn} drawn pixels");
        await page.Locator("section.map[data-state=ready]").WaitForAsync(Visible);

        // "Why are these two ads linked?" with the first and the last member ad (a GET form, no script needed).
        var detail = (await app.Store.Networks.GetNetworkAsync(networkId))!;
        var (from, to) = (detail.Members[0].Id, detail.Members[^1].Id);
        await page.GetByLabel("First ad").SelectOptionAsync(from);
        await page.GetByLabel("Second ad").SelectOptionAsync(to);
        await page.GetByRole(AriaRole.Button, new() { Name = "Explain" }).ClickAsync();
        var answer = page.Locator("p.why-answer");
        await answer.WaitForAsync(Visible);
        var shared = SharedIdentifiers.Of(await app.Store.Insights.ListIdentifiersAsync([.. detail.Members.Select(m => m.Id)]));
        var chain = LinkExplainer.Explain(detail.Edges.Select(e => new LinkStep(e.DocumentA, e.DocumentB, e.Kind, e.Evidence, e.Similarity)), from, to, shared)!;
        var names = detail.Members.ToDictionary(m => m.Id, m => AdName.Of(m.Id, m.Title, m.PostedAtUtc));
        Assert.Equal(string.Join("; ", LinkNarrator.Narrate(chain, id => names[id])) + ".", await answer.InnerTextAsync());
        Assert.StartsWith("Ad “", await answer.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(chain.Count, await page.Locator("ol.chain li").CountAsync());
        await app.ScreenshotAsync(page, "network");

        // Review: record a decision with a reason; it is listed and the item leaves the queue.
        await page.GetByRole(AriaRole.Link, new() { Name = "Review", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/review$"));
        var item = page.Locator("article.queue-item").First;
        var document = await item.Locator("input[name=document]").GetAttributeAsync("value");
        await item.GetByLabel("Decision").SelectOptionAsync("dismiss");
        await item.GetByLabel("Reason (required)").FillAsync("Independent worker: first-person, own phone, no control wording");
        await app.ScreenshotAsync(page, "review");
        await item.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/review\\?decided="));
        Assert.Contains("Decision recorded for", await page.Locator("p.flash").InnerTextAsync(), StringComparison.Ordinal);
        var past = page.Locator("section.panel table.results tbody tr", new() { HasText = "Independent worker: first-person" });
        Assert.Equal(1, await past.CountAsync());
        Assert.Contains(BrowserApp.EmailOf(Roles.Reviewer), await past.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator($"article.queue-item input[name=document][value='{document}']").CountAsync());
        var stored = Assert.Single(await app.Store.Scoring.ListDecisionsAsync(), d => d.DocumentId == document);
        Assert.Equal(Core.Review.ReviewVerdict.Dismiss, stored.Verdict);
        Assert.Contains(stored.ProbabilityShown!.Value.ToString("0.00", CultureInfo.InvariantCulture), await past.InnerTextAsync(), StringComparison.Ordinal);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }
}
