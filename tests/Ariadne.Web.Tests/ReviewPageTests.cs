using System.Globalization;
using System.Net;
using Ariadne.Investigation.Accounts;

namespace Ariadne.Web.Tests;

/// <summary>The review queue page and the decision form, through the real antiforgery-protected POST.</summary>
public sealed class ReviewPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task The_queue_lists_riskiest_then_uncertain_items_with_risk_explanation_and_a_form()
    {
        using var reviewer = await app.SignedInClientAsync(Roles.Reviewer);
        var raw = await reviewer.GetStringAsync("/review");
        var html = WebUtility.HtmlDecode(raw);
        var queue = await app.Store.Scoring.ListQueueAsync(20, 5);

        Assert.NotEmpty(queue);
        Assert.Contains($"Waiting for a decision ({queue.Count})", html, StringComparison.Ordinal);
        var positions = queue.Select(q => html.IndexOf($"<input type=\"hidden\" name=\"document\" value=\"{q.DocumentId}\"", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(queue.Count(q => q.Uncertain), html.Split("uncertain: the model is least sure").Length - 1);
        Assert.Equal(queue.Count(q => !q.Uncertain), html.Split("<span class=\"tag\">riskiest</span>").Length - 1);
        Assert.Contains("risk " + queue[0].Probability.ToString("0.00", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains(queue[0].Explanation.Split('\n')[0], html, StringComparison.Ordinal);
        Assert.Equal(queue.Count + 1, html.Split("name=\"__RequestVerificationToken\"").Length - 1); // + the sign-out form
        Assert.Contains("Nothing is acted on automatically", html, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(raw);
    }

    [Fact]
    public async Task A_decision_is_recorded_with_the_signed_in_reviewer_and_the_item_leaves_the_queue()
    {
        using var reviewer = await app.SignedInClientAsync(Roles.Reviewer);
        var page = await reviewer.GetStringAsync("/review");
        var item = (await app.Store.Scoring.ListQueueAsync(20, 5))[0];

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
        var item = (await app.Store.Scoring.ListQueueAsync(20, 5))[^1];

        using var response = await PostAsync(admin, page, item.DocumentId, "approve", "looks fine");
        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(response.Headers.Location!.OriginalString));

        Assert.Contains("Choose confirm, dismiss or escalate. Nothing was recorded.", html, StringComparison.Ordinal);
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
