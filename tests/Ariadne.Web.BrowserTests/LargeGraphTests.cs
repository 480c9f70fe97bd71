using System.Globalization;
using Ariadne.Investigation.Accounts;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// A network graph of more than 2,000 nodes in the real browser: it is laid out with the large-graph layout, drawn,
/// and answers zoom, pan and a click. Timings are written to the test output (docs/benchmarks.md reports them);
/// no test asserts a wall time.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeGraphTests(BrowserApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task A_network_graph_of_over_2000_nodes_is_laid_out_drawn_and_answers_zoom_pan_and_select()
    {
        await using var site = await BigNetworkSite.StartAsync();
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        context.SetDefaultTimeout(120_000);
        context.SetDefaultNavigationTimeout(120_000);
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") { problems.Add("console: " + m.Text); } };
        page.PageError += (_, e) => problems.Add("page: " + e);
        await page.GotoAsync("/account/sign-in");
        await FormSignIn.SubmitAsync(page, BrowserApp.EmailOf(Roles.Viewer), BrowserApp.Password, new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(site.BaseUrl) + "/$"));

        // The full graph (the page groups a network of more than 60 ads per city unless asked for every ad).
        await page.GotoAsync($"/networks/{site.NetworkId}?graph=full");
        var graph = page.Locator("section.graph[data-state=ready]");
        await graph.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await graph.ScrollIntoViewIfNeededAsync();

        var nodes = Int(await graph.GetAttributeAsync("data-nodes"));
        Assert.True(nodes >= 2000, $"the graph has {nodes} nodes");
        Assert.Equal("concentric", await graph.GetAttributeAsync("data-layout"));
        output.WriteLine($"graph: {nodes} nodes, {await graph.GetAttributeAsync("data-edges")} edges, layout {await graph.GetAttributeAsync("data-layout")}; " +
            $"fetch {await graph.GetAttributeAsync("data-ms-fetch")} ms, layout {await graph.GetAttributeAsync("data-ms-layout")} ms, " +
            $"mount to interactive frame {await graph.GetAttributeAsync("data-ms-interactive")} ms, navigation to interactive frame {await graph.GetAttributeAsync("data-ms-since-navigation")} ms");
        Assert.True(await InkedPixelsAsync(page) > 5000, "the graph canvas is (nearly) empty");
        await app.ScreenshotAsync(page, "network-graph-2000");

        // Zoom: the wheel over the canvas changes the zoom level.
        var canvas = page.Locator("section.graph .graph-canvas");
        var box = (await canvas.BoundingBoxAsync())!;
        var zoom = await graph.GetAttributeAsync("data-zoom");
        await page.Mouse.MoveAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
        for (var notch = 0; notch < 6; notch++)
        {
            // Several notches, as a mouse wheel sends them: Cytoscape reads the first few to tell a wheel from a trackpad.
            await page.Mouse.WheelAsync(0, -120);
            await page.WaitForTimeoutAsync(50);
        }

        await page.WaitForFunctionAsync("z => document.querySelector('section.graph').dataset.zoom !== z", zoom);

        // Pan: dragging the background moves the view. Start in a corner, away from the rings of nodes.
        var pan = await graph.GetAttributeAsync("data-pan");
        await page.Mouse.MoveAsync(box.X + 6, box.Y + 6);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + 126, box.Y + 66, new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await page.WaitForFunctionAsync("p => document.querySelector('section.graph').dataset.pan !== p", pan);

        // Select: a click on a node where it is drawn selects it and shows it in the details panel. The canvas is
        // measured again: the wheel must have zoomed the graph, not scrolled the page.
        Assert.Equal(box.Y, (await canvas.BoundingBoxAsync())!.Y);
        output.WriteLine($"zoom after the wheel: {await graph.GetAttributeAsync("data-zoom")}");
        var target = await page.EvaluateAsync<TargetNode>("""
            () => {
              const cy = document.querySelector('section.graph').graph;
              const canvas = document.querySelector('section.graph .graph-canvas').getBoundingClientRect();
              // The node drawn nearest the middle of the canvas.
              const node = cy.nodes().min(n => {
                const p = n.renderedPosition();
                return Math.hypot(p.x - canvas.width / 2, p.y - canvas.height / 2);
              }).ele;
              const p = node.renderedPosition();
              return { id: node.id(), x: canvas.left + p.x, y: canvas.top + p.y };
            }
            """);
        await page.Mouse.ClickAsync(target.X, target.Y);
        await page.WaitForFunctionAsync("id => document.querySelector('section.graph').dataset.selected === id", target.Id);
        Assert.Equal("true", await page.Locator($"[role=option][data-node-id='{target.Id}']").GetAttributeAsync("aria-selected"));
        Assert.NotEqual("", await page.Locator(".graph-node-details h3").InnerTextAsync());

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await context.CloseAsync();
    }

    private static int Int(string? value) => int.Parse(value ?? "0", CultureInfo.InvariantCulture);

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

    private sealed class TargetNode
    {
        public string Id { get; set; } = "";

        public float X { get; set; }

        public float Y { get; set; }
    }
}
