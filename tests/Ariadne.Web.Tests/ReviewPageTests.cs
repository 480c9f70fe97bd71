using System.Globalization;
using System.Net;
using Ariadne.Investigation.Accounts;
using Ariadne.Store.Scoring;

namespace Ariadne.Web.Tests;

/// <summary>The review queue page and the decision form, through the real antiforgery-protected POST.</summary>
public sealed class ReviewPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task The_queue_lists_items_riskiest_first_with_text_highlights_risk_reasons_place_date_and_a_form()
    {
        using var reviewer = await app.SignedInClientAsync(Roles.Reviewer);
        var raw = await reviewer.GetStringAsync("/review");
        var html = WebUtility.HtmlDecode(raw);
        var queue = (await app.Store.Scoring.ListQueuePageAsync(new ReviewQueueFilter())).Entries;

        Assert.NotEmpty(queue);
        var positions = queue.Select(q => html.IndexOf($"<input type=\"hidden\" name=\"document\" value=\"{q.Item.DocumentId}\"", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(queue.Select(q => q.Item.Probability).OrderDescending(), queue.Select(q => q.Item.Probability));
        Assert.Contains("risk " + queue[0].Item.Probability.ToString("0.00", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        // The risk is printed once: the explanation's own headline ("Risk 0.87 (model …)") is not repeated under it.
        Assert.DoesNotContain(queue[0].Item.Explanation.Split('\n')[0], html, StringComparison.Ordinal);
        Assert.All(queue[0].Item.Explanation.Split('\n').Skip(1).Where(r => r.Length > 0), r => Assert.Contains("<li>" + r.Trim() + "</li>", html, StringComparison.Ordinal));
        Assert.Equal(queue.Count + 1, html.Split("name=\"__RequestVerificationToken\"").Length - 1); // + the sign-out form
        Assert.Contains("Nothing is acted on automatically", html, StringComparison.Ordinal);

        // The ad's text is there with its evidence marked: the shared phone of ads 5, 10… as an entity.
        var risky = queue.First(q => q.Body.Contains("713 555 0142", StringComparison.Ordinal));
        var item = html[html.IndexOf($"id=\"q-{risky.Item.DocumentId}\"", StringComparison.Ordinal)..];
        item = item[..item.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.Matches("<mark class=\"entity entity-phone\"[^>]*>713 555 0142</mark>", item);
        Assert.Contains("in <a href=\"/review?city=Houston%2C%20US\"", item, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/networks/{app.PhoneNetworkId}\">", item, StringComparison.Ordinal);
        Assert.Matches("Posted <time datetime=\"2026-05-[0-9]{2}T[^\"]+\" title=\"[^\"]+ UTC\">2026-05-[0-9]{2} [0-9]{2}:00 UTC</time>", item);
        Assert.Contains("Keys: <kbd>j</kbd>", html, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(raw);
    }

    [Fact]
    public async Task No_decision_is_preselected_and_a_form_without_one_records_nothing()
    {
        using var reviewer = await app.SignedInClientAsync(Roles.Reviewer);
        var page = await reviewer.GetStringAsync("/review");
        var items = page.Split("<select name=\"verdict\" required>").Skip(1).Select(s => s[..s.IndexOf("</select>", StringComparison.Ordinal)]).ToList();

        Assert.NotEmpty(items);
        Assert.All(items, select =>
        {
            Assert.Matches("^<option value(=\"\")? selected>Choose…</option>", select.Trim());
            Assert.Equal(1, select.Split("selected").Length - 1);
        });

        var item = (await app.Store.Scoring.ListQueuePageAsync(new ReviewQueueFilter())).Entries[^1].Item;
        using var response = await PostAsync(reviewer, page, item.DocumentId, "", "looks fine");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = WebUtility.HtmlDecode(await reviewer.GetStringAsync(response.Headers.Location!.OriginalString));
        Assert.Contains("Choose a decision (confirm, dismiss or escalate): none is chosen for you. Nothing was recorded.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.Store.Scoring.ListDecisionsAsync(), d => d.DocumentId == item.DocumentId);
    }

    [Fact]
    public async Task Uncertain_is_said_only_near_the_threshold_and_filters_are_links_that_narrow_the_queue()
    {
        using var reviewer = await app.SignedInClientAsync(Roles.Reviewer);
        var all = (await app.Store.Scoring.ListQueuePageAsync(new ReviewQueueFilter { PageSize = 100 })).Entries;
        var low = all.Where(e => e.Item.Probability < 0.2).ToList();
        Assert.NotEmpty(low);
        Assert.All(all, e => Assert.Equal(Math.Abs(e.Item.Probability - 0.5) <= 0.15, e.Item.Uncertain));

        var html = WebUtility.HtmlDecode(await reviewer.GetStringAsync("/review?band=low&sort=uncertain"));
        var shown = html.Split("<input type=\"hidden\" name=\"document\" value=\"").Skip(1).Select(s => s[..s.IndexOf('"', StringComparison.Ordinal)]).ToList();
        Assert.Equal(low.OrderBy(e => Math.Abs(e.Item.Probability - 0.5)).ThenBy(e => e.Item.DocumentId, StringComparer.Ordinal).Take(20).Select(e => e.Item.DocumentId), shown);
        Assert.DoesNotContain("uncertain: near the 0.50 threshold", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"low\" selected>below 0.20</option>", html, StringComparison.Ordinal);
        Assert.Contains("name=\"back\" value=\"/review?band=low&sort=uncertain\"", html, StringComparison.Ordinal);

        var network = WebUtility.HtmlDecode(await reviewer.GetStringAsync("/review?network=" + app.PhoneNetworkId));
        var members = network.Split("<input type=\"hidden\" name=\"document\" value=\"").Skip(1).Select(s => s[..s.IndexOf('"', StringComparison.Ordinal)]).ToList();
        Assert.NotEmpty(members);
        Assert.All(members, id => Assert.Contains("713 555 0142", all.Single(e => e.Item.DocumentId == id).Body, StringComparison.Ordinal));
        Assert.Contains("No undecided item matches these filters", await reviewer.GetStringAsync("/review?indicator=payment-control&city=Nowhere"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_is_recorded_with_the_signed_in_reviewer_and_the_item_leaves_the_queue()
    {
        using var reviewer = await app.SignedInClientAsync(Roles.Reviewer);
        var page = await reviewer.GetStringAsync("/review");
        var item = (await app.Store.Scoring.ListQueuePageAsync(new ReviewQueueFilter())).Entries[0].Item;

        using var missingReason = await PostAsync(reviewer, page, item.DocumentId, "confirm", "  ");
        Assert.Equal(HttpStatusCode.Redirect, missingReason.StatusCode);
        Assert.Contains("error=reason", missingReason.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.Store.Scoring.ListDecisionsAsync(), d => d.DocumentId == item.DocumentId);

        using var response = await PostAsync(reviewer, page, item.DocumentId, "escalate", "third-party wording; needs a case");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/review?decided=" + item.DocumentId, response.Headers.Location!.OriginalString);

        var decision = Assert.Single(await app.Store.Scoring.ListDecisionsAsync(), d => d.DocumentId == item.DocumentId);
        Assert.Equal(Core.Review.ReviewVerdict.Escalate, decision.Verdict);
        Assert.Equal(RunningApp.EmailOf(Roles.Reviewer), decision.Reviewer);
        Assert.Equal(item.Probability, decision.ProbabilityShown!.Value, 9);

        var after = WebUtility.HtmlDecode(await reviewer.GetStringAsync("/review?decided=" + item.DocumentId));
        Assert.Contains("Decision recorded for", after, StringComparison.Ordinal);
        Assert.DoesNotContain($"name=\"document\" value=\"{item.DocumentId}\"", after, StringComparison.Ordinal);
        Assert.Contains("<td>third-party wording; needs a case</td>", after, StringComparison.Ordinal);
        Assert.Contains($"<td>{RunningApp.EmailOf(Roles.Reviewer)}</td>", after, StringComparison.Ordinal);
        Assert.Contains("<span class=\"tag\">escalate</span>", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_verdict_records_nothing_and_says_so()
    {
        using var admin = await app.SignedInClientAsync(Roles.Admin);
        var page = await admin.GetStringAsync("/review");
        var item = (await app.Store.Scoring.ListQueuePageAsync(new ReviewQueueFilter())).Entries[^1].Item;

        using var response = await PostAsync(admin, page, item.DocumentId, "approve", "looks fine");
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(response.Headers.Location!.OriginalString));

        Assert.Contains("Choose a decision (confirm, dismiss or escalate): none is chosen for you. Nothing was recorded.", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await app.Store.Scoring.ListDecisionsAsync(), d => d.DocumentId == item.DocumentId);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string page, string document, string verdict, string reason)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = SignInForm.Hidden(page, "__RequestVerificationToken"),
            ["document"] = document,
            ["verdict"] = verdict,
            ["reason"] = reason,
            ["risk"] = SignInForm.Hidden(page.Split($"value=\"{document}\"")[1], "risk"),
        });
        return await client.PostAsync("/review/decisions", form);
    }
}
