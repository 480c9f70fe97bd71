using Ariadne.Investigation.Accounts;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>The graph's nodes are reachable without a mouse: the node list beside the canvas.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GraphKeyboardTests(BrowserApp app)
{
    [Fact]
    public async Task The_node_list_reaches_selects_and_walks_the_graph_from_the_keyboard_with_visible_focus()
    {
        var largest = (await app.Store.Networks.ListNetworksAsync(1)).Single();
        var page = await app.SignedInPageAsync(Roles.Viewer);
        await page.GotoAsync($"/networks/{largest.Id}");
        var graph = page.Locator("section.graph[data-state=ready]");
        await graph.WaitForAsync(new() { State = WaitForSelectorState.Attached });

        // Tab from the type filter lands on the list: one tab stop, the first node.
        await page.Locator(".graph-node-type").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("option", await page.EvaluateAsync<string>("document.activeElement.getAttribute('role')"));
        var first = await ActiveNodeAsync(page);

        // Focus is visible: the thick focus ring, not the browser's faint default or nothing.
        Assert.Equal("solid", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle"));
        Assert.Equal("3px", await page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineWidth"));

        // Down moves to the next node; Enter selects it, centres the graph on it and shows its details.
        await page.Keyboard.PressAsync("ArrowDown");
        var second = await ActiveNodeAsync(page);
        Assert.NotEqual(first, second);
        var panBefore = await graph.GetAttributeAsync("data-pan");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("id => document.querySelector('section.graph').dataset.selected === id", second);
        Assert.True(await page.EvaluateAsync<bool>("id => document.querySelector('section.graph').graph.getElementById(id).selected()", second));
        Assert.Equal("true", await page.EvaluateAsync<string>("document.activeElement.getAttribute('aria-selected')"));
        await page.WaitForFunctionAsync("p => document.querySelector('section.graph').dataset.pan !== p", panBefore);
        Assert.Contains("linked", await page.Locator(".graph-node-details").InnerTextAsync(), StringComparison.Ordinal);

        // Right walks to a neighbour of the selected node (marked in the graph), Enter selects it.
        await page.Keyboard.PressAsync("ArrowRight");
        var neighbour = await ActiveNodeAsync(page);
        Assert.True(await page.EvaluateAsync<bool>(
            "([a, b]) => document.querySelector('section.graph').graph.getElementById(a).neighborhood('node').some(n => n.id() === b)",
            new[] { second, neighbour }));
        Assert.True(await page.EvaluateAsync<bool>("id => document.querySelector('section.graph').graph.getElementById(id).hasClass('keyboard-focus')", neighbour));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("id => document.querySelector('section.graph').dataset.selected === id", neighbour);

        // The type filter narrows the list to one type.
        await page.Locator(".graph-node-type").SelectOptionAsync("ad");
        var types = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('.graph-nodes [role=option]:not([hidden])')].map(o => o.dataset.type)");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("ad", t));
        await page.Context.CloseAsync();
    }

    private static Task<string> ActiveNodeAsync(IPage page) =>
        page.EvaluateAsync<string>("document.activeElement.dataset.nodeId");
}
