using System.Text.RegularExpressions;
using Ariadne.Investigation.Accounts;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// Saved search to alert, in the browser: an analyst saves a search, imports a file with a matching ad through the
/// import page, and the dashboard and the watch's page show the new match (the import's analysis ran the watch stage).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class WatchAlertTests(BrowserApp app)
{
    private static readonly LocatorWaitForOptions Visible = new() { Timeout = 90_000 };

    [Fact]
    public async Task A_saved_search_alerts_on_the_dashboard_after_an_import_and_its_page_lists_the_new_ad()
    {
        var page = await app.SignedInPageAsync(Roles.Analyst);
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add("page: " + error);

        await page.GotoAsync("/search?q=wombat");
        await page.GetByLabel("Save this search as").FillAsync("Wombat sightings");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save search" }).ClickAsync();
        await page.WaitForURLAsync(WatchUrl(), new() { Timeout = 90_000 });
        Assert.Equal("Wombat sightings", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("No matches yet", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        var watchUrl = page.Url;

        await page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        var file = Path.Combine(Path.GetTempPath(), $"ariadne-watch-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file,
            "{\"id\":\"w-1\",\"title\":\"Wombat spa grand opening\",\"text\":\"wombat spa, call 713 555 0188\",\"location\":\"Austin, TX\",\"country\":\"US\"}\n" +
            "{\"id\":\"w-2\",\"title\":\"Unrelated listing\",\"text\":\"quiet evening, call 713 555 0189\",\"location\":\"Austin, TX\",\"country\":\"US\"}\n");
        try
        {
            await page.GetByLabel("File").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Imported" }).WaitForAsync(Visible);
        }
        finally
        {
            File.Delete(file);
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        var panel = page.Locator("section.watch-alerts");
        await panel.WaitForAsync(Visible);
        Assert.Contains("1 watch has 1 new match", await panel.InnerTextAsync(), StringComparison.Ordinal);
        await app.ScreenshotAsync(page, "watch-dashboard");

        await panel.GetByRole(AriaRole.Link, new() { Name = "see your watches" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Wombat sightings" }).ClickAsync();
        await page.WaitForURLAsync(watchUrl, new() { Timeout = 90_000 });
        var rows = page.Locator("table.watch-matches tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("Wombat spa grand opening", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await rows.First.Locator(".new-tag").CountAsync());
        await app.ScreenshotAsync(page, "watch-page");

        // The visit marked it seen: the dashboard no longer counts it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        Assert.Contains("no new matches", await page.Locator("section.watch-alerts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/watches/[0-9]+$")]
    private static partial Regex WatchUrl();
}
