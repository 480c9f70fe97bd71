using System.Text.RegularExpressions;
using Ariadne.Investigation.Accounts;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed partial class AnalystJourneyTests(BrowserApp app)
{
    private static readonly LocatorWaitForOptions Visible = new() { Timeout = 90_000 };

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_right_one_opens_the_dashboard()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/search");
        Assert.Contains("/account/sign-in", page.Url, StringComparison.Ordinal);

        await page.GetByLabel("E-mail").FillAsync(BrowserApp.EmailOf(Roles.Viewer));
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var alert = page.GetByRole(AriaRole.Alert);
        await alert.WaitForAsync(Visible);
        Assert.Contains("The e-mail or password is not right", await alert.InnerTextAsync(), StringComparison.Ordinal);

        await FormSignIn.SubmitAsync(page, BrowserApp.EmailOf(Roles.Viewer), BrowserApp.Password, new Regex("/search$"));
        Assert.Equal(BrowserApp.EmailOf(Roles.Viewer), await page.Locator("header .who").InnerTextAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Search_open_a_document_and_follow_its_phone_to_a_drawn_graph_and_map()
    {
        var page = await app.SignedInPageAsync(Roles.Viewer);
        var problems = PageProblems.Collect(page);
        await app.ScreenshotAsync(page, "dashboard");

        // Search with the entity filters of the form.
        await page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.GetByLabel("Entity type").SelectOptionAsync("phone");
        await page.GetByLabel("Entity value").FillAsync(app.SharedPhone);
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var rows = page.Locator("table.results tbody tr");
        await rows.First.WaitForAsync(Visible);
        Assert.Equal(Math.Min(app.SharedPhoneDocuments, 50), await rows.CountAsync());
        await app.ScreenshotAsync(page, "search");

        // Open the first document: the phone is highlighted in the text and listed with a link.
        await rows.First.Locator("a").First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/documents/d[0-9a-f]{24}$"));
        Assert.True(await page.Locator("mark.entity-phone").CountAsync() > 0);
        await app.ScreenshotAsync(page, "document");

        // Follow the phone to its entity page.
        await page.Locator("section.entities a", new() { HasText = app.SharedPhone }).First.ClickAsync();
        await page.WaitForURLAsync(new Regex("/entities/phone/"));
        Assert.Contains($"In {app.SharedPhoneDocuments} documents", await page.Locator(".entity-head .summary").InnerTextAsync(), StringComparison.Ordinal);

        // The graph is drawn by Cytoscape on canvas: it has the ads and the phone, and real pixels.
        var graph = page.Locator("section.graph[data-state=ready]");
        await graph.WaitForAsync(Visible);
        Assert.True(int.Parse(await graph.GetAttributeAsync("data-nodes") ?? "0", System.Globalization.CultureInfo.InvariantCulture) >= app.SharedPhoneDocuments + 1);
        var drawn = await InkedPixelsAsync(page);
        Assert.True(drawn > 500, $"the graph canvas has only {drawn} drawn pixels");

        // Unticking "ad" hides the ads: fewer pixels are drawn.
        await page.Locator(".graph-filters input[value=ad]").UncheckAsync();
        await page.WaitForTimeoutAsync(300);
        Assert.True(await InkedPixelsAsync(page) < drawn);
        await page.Locator(".graph-filters input[value=ad]").CheckAsync();

        // Export PNG downloads a real PNG.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Export PNG" }).ClickAsync());
        var png = await File.ReadAllBytesAsync(await download.PathAsync());
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);

        // The movement map is an SVG world map from the offline atlas with the places on it.
        var map = page.Locator("section.map[data-state=ready]");
        await map.WaitForAsync(Visible);
        Assert.True(await page.Locator(".map-land path").CountAsync() > 100);
        var places = int.Parse(await map.GetAttributeAsync("data-places") ?? "0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(places >= 1);
        Assert.Equal(places, await page.Locator("circle.map-place").CountAsync());
        Assert.StartsWith("Movement map: ", await page.Locator(".map-canvas svg").GetAttributeAsync("aria-label"), StringComparison.Ordinal);

        // Times carry their zone: UTC until the reader chooses another, whatever zone the browser is in (Chicago here).
        var time = page.Locator("td.when time").First;
        Assert.EndsWith("UTC", await time.InnerTextAsync(), StringComparison.Ordinal);
        Assert.EndsWith("UTC", await time.GetAttributeAsync("title"), StringComparison.Ordinal);

        await page.Locator("section.graph").ScrollIntoViewIfNeededAsync();
        await app.ScreenshotAsync(page, "entity");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_analyst_imports_a_small_file_and_sees_the_summary_and_quarantine()
    {
        var page = await app.SignedInPageAsync(Roles.Analyst);
        var problems = PageProblems.Collect(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Import" }).ClickAsync();
        var file = Path.Combine(Path.GetTempPath(), $"ariadne-browser-{Guid.NewGuid():N}.jsonl");
        await File.WriteAllTextAsync(file,
            "{\"id\":\"b-1\",\"title\":\"Browser import platypus\",\"text\":\"platypus, call 713 555 0177\",\"location\":\"Austin, TX\",\"country\":\"US\"}\n" +
            "{\"id\":\"b-2\",\"text\":\n");
        try
        {
            await page.GetByLabel("File").SetInputFilesAsync(file);
            await app.ScreenshotAsync(page, "import");
            await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
            await page.GetByRole(AriaRole.Heading, new() { Name = "Imported" }).WaitForAsync(Visible);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal("1", await page.Locator("td[data-field=added]").InnerTextAsync());
        Assert.Equal("1", await page.Locator("td[data-field=quarantined]").InnerTextAsync());
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Quarantine report" }).IsVisibleAsync());
        await app.ScreenshotAsync(page, "import-done");

        await page.GotoAsync("/search?q=platypus");
        Assert.Equal(1, await page.Locator("table.results tbody tr").CountAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_viewer_has_no_import_link_and_is_refused_the_import_page()
    {
        var page = await app.SignedInPageAsync(Roles.Viewer);

        Assert.Equal(0, await page.Locator("header nav a", new() { HasText = "Import" }).CountAsync());
        await page.GotoAsync("/import");

        Assert.Contains("/account/denied", page.Url, StringComparison.Ordinal);
        Assert.True(await page.GetByRole(AriaRole.Heading, new() { Name = "Your role does not allow this page" }).IsVisibleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_first_tab_reaches_the_skip_link_and_focus_is_visible()
    {
        var page = await app.SignedInPageAsync(Roles.Viewer);

        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("document.activeElement.textContent"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        await page.Context.CloseAsync();
    }


    /// <summary>Pixels with any ink across the graph's canvases (Cytoscape draws on several layered canvases).</summary>
    private static Task<int> InkedPixelsAsync(IPage page) => page.EvaluateAsync<int>("""
        () => {
          let inked = 0;
          for (const canvas of document.querySelectorAll('section.graph .graph-canvas canvas')) {
            if (!canvas.width || !canvas.height) continue;
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked++;
          }
          return inked;
        }
        """);
}
