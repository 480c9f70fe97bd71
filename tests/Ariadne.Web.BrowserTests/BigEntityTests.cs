using System.Globalization;
using System.Text.RegularExpressions;
using Ariadne.Investigation.Accounts;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// A phone in 250 ads: its page draws the grouped graph (one node per posting city, the phone as the hub) and lists
/// the ads 50 a page, and the full graph of every ad is one click away.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BigEntityTests(BrowserApp app)
{
    [Fact]
    public async Task A_big_entity_shows_the_grouped_graph_and_a_paged_list_and_the_full_graph_on_click()
    {
        await using var site = await BigNetworkSite.StartAsync();
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 768 } });
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { problems.Add("console: " + m.Text); } };
        page.PageError += (_, e) => problems.Add("page: " + e);
        await page.GotoAsync("/account/sign-in");
        await FormSignIn.SubmitAsync(page, BrowserApp.EmailOf(Roles.Viewer), BrowserApp.Password, new Regex("^" + Regex.Escape(site.BaseUrl) + "/$"));

        await page.GotoAsync("/entities/phone/" + Uri.EscapeDataString(BigNetworkSite.SharedPhone));
        var graph = page.Locator("section.graph[data-state=ready]");
        await graph.WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // Grouped: five city nodes standing for all 250 ads, and the phone hub; not a 251-node hairball.
        var cities = await page.EvaluateAsync<int[]>("() => document.querySelector('section.graph').graph.nodes('[type = \"city\"]').map(n => n.data('count'))");
        Assert.Equal(5, cities.Length);
        Assert.Equal(BigNetworkSite.SharedPhoneAds, cities.Sum());
        Assert.True(Int(await graph.GetAttributeAsync("data-nodes")) < 20);
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelector('section.graph').graph.nodes('[type = \"ad\"]').length"));
        Assert.Equal("Group by city", await page.Locator("nav.graph-views strong").InnerTextAsync());

        // The list: 50 ads a page, five pages, the next page one link away.
        var rows = page.Locator("section[aria-labelledby=ads-heading] table.results tbody tr");
        Assert.Equal(50, await rows.CountAsync());
        Assert.Contains("Page 1 of 5", await page.Locator("nav.pager").InnerTextAsync(), StringComparison.Ordinal);
        var firstOfPage1 = await rows.First.Locator("a").InnerTextAsync();
        await page.Locator("nav.pager a[rel=next]").ClickAsync();
        await page.WaitForURLAsync(new Regex("[?&]page=2"));
        Assert.Equal(50, await rows.CountAsync());
        Assert.NotEqual(firstOfPage1, await rows.First.Locator("a").InnerTextAsync());

        // "Show the full graph": every ad is a node again.
        await page.GetByRole(AriaRole.Link, new() { Name = "Show the full graph" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("[?&]graph=full"));
        await page.Locator("section.graph[data-state=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(BigNetworkSite.SharedPhoneAds, await page.EvaluateAsync<int>("() => document.querySelector('section.graph').graph.nodes('[type = \"ad\"]').length"));
        Assert.Equal("Show the full graph", await page.Locator("nav.graph-views strong").InnerTextAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await context.CloseAsync();
    }

    private static int Int(string? text) => int.Parse(text ?? "0", CultureInfo.InvariantCulture);
}
