using System.Globalization;
using System.Text.RegularExpressions;
using Ariadne.Core.Review;
using Ariadne.Investigation.Accounts;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>The review queue in the browser: nothing preselected, the ad's marked text, filters and the keyboard path.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReviewQueueTests(BrowserApp app)
{
    private static readonly LocatorWaitForOptions Visible = new() { Timeout = 90_000 };

    [Fact]
    public async Task No_item_has_a_decision_chosen_and_each_shows_its_text_with_the_evidence_marked()
    {
        var page = await app.SignedInPageAsync(Roles.Reviewer);
        var problems = PageProblems.Collect(page);
        await page.GotoAsync("/review");
        var items = page.Locator("article.queue-item");
        await items.First.WaitForAsync(Visible);

        var chosen = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('select[name=verdict]')].map(s => s.value)");
        Assert.NotEmpty(chosen);
        Assert.All(chosen, value => Assert.Equal("", value));

        var marks = items.First.Locator(".ad-text mark");
        Assert.True(await marks.CountAsync() > 0, "the riskiest item's text has no highlighted evidence");
        Assert.True(await marks.First.IsVisibleAsync());
        Assert.False(string.IsNullOrWhiteSpace(await items.First.Locator(".ad-text").InnerTextAsync()));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_risk_band_filter_narrows_the_queue_and_stays_in_the_link()
    {
        var page = await app.SignedInPageAsync(Roles.Reviewer);
        var problems = PageProblems.Collect(page);
        await page.GotoAsync("/review");
        var risks = page.Locator("article.queue-item .queue-decide .risk");
        await risks.First.WaitForAsync(Visible);
        Assert.True(Risk(await risks.First.InnerTextAsync()) >= 0.2, "the unfiltered queue should start with a riskier item");

        await page.Locator("form.review-filters select[name=band]").SelectOptionAsync("low");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/review\\?band=low(&|$)"));
        await risks.First.WaitForAsync(Visible);
        var shown = await risks.AllInnerTextsAsync();
        Assert.NotEmpty(shown);
        Assert.All(shown, text => Assert.True(Risk(text) < 0.2, text));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_keyboard_moves_between_items_chooses_a_decision_and_records_it()
    {
        var page = await app.SignedInPageAsync(Roles.Reviewer);
        var problems = PageProblems.Collect(page);
        await page.GotoAsync("/review");
        var items = page.Locator("article.queue-item");
        await items.Nth(1).WaitForAsync(Visible);
        var second = await items.Nth(1).GetAttributeAsync("id");

        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("k");
        Assert.Equal(second, await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));

        await page.Keyboard.PressAsync("2");
        Assert.Equal("dismiss", await items.Nth(1).Locator("select[name=verdict]").InputValueAsync());
        await page.Keyboard.PressAsync("r");
        Assert.Equal("reason", await page.EvaluateAsync<string>("() => document.activeElement.name"));
        await page.Keyboard.TypeAsync("Keyboard review: first-person ad, own phone");
        var document = second!["q-".Length..];
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/review\\?decided="));

        var stored = Assert.Single(await app.Store.Scoring.ListDecisionsAsync(), d => d.DocumentId == document);
        Assert.Equal(ReviewVerdict.Dismiss, stored.Verdict);
        Assert.Equal("Keyboard review: first-person ad, own phone", stored.Reason);
        Assert.Equal(0, await page.Locator($"article.queue-item#q-{document}").CountAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    private static double Risk(string text) => double.Parse(text.Replace("risk", "", StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);

}
