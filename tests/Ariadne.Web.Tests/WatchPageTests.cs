using System.Net;
using Ariadne.Analysis.Watches;
using Ariadne.Investigation.Accounts;
using Ariadne.Store.Watches;

namespace Ariadne.Web.Tests;

/// <summary>
/// Saved searches and watches in the app: the forms save them for the signed-in analyst, the watch page lists the
/// matches and marks them seen, the dashboard counts the new ones, and another account's watch is 404 everywhere.
/// </summary>
public sealed class WatchPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task An_analyst_saves_a_search_from_the_search_page_and_another_account_cannot_see_or_change_it()
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        var search = await analyst.GetStringAsync("/search?q=jade&country=us");
        Assert.Contains("action=\"/watches/search\"", search, StringComparison.Ordinal);

        using var saved = await analyst.PostAsync("/watches/search", Form(search, ("name", "Jade in the US"), ("q", "jade"), ("country", "us")));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var path = saved.Headers.Location!.OriginalString;
        var id = long.Parse(path["/watches/".Length..], System.Globalization.CultureInfo.InvariantCulture);
        var watch = (await app.Store.Watches.GetAsync(id, app.UserIdOf[Roles.Analyst]))!;
        Assert.Equal("Jade in the US", watch.Name);
        Assert.Equal(new WatchSearch { Text = "jade", Country = "US" }, WatchSearch.Parse(watch.Definition));
        var page = await analyst.GetStringAsync(path);
        Assert.Contains("Jade in the US", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=jade&amp;country=US\"", page, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(page);

        using var admin = await app.SignedInClientAsync(Roles.Admin);
        var adminPage = await admin.GetStringAsync("/watches");
        using (var other = await admin.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
            Assert.DoesNotContain("Jade in the US", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Jade in the US", adminPage, StringComparison.Ordinal);
        using (var rename = await admin.PostAsync(path + "/rename", Form(adminPage, ("name", "Taken over"))))
        {
            Assert.Equal(HttpStatusCode.NotFound, rename.StatusCode);
        }

        using (var remove = await admin.PostAsync(path + "/remove", Form(adminPage)))
        {
            Assert.Equal(HttpStatusCode.NotFound, remove.StatusCode);
        }

        Assert.Equal("Jade in the US", (await app.Store.Watches.GetAsync(id, app.UserIdOf[Roles.Analyst]))!.Name);

        using (var remove = await analyst.PostAsync(path + "/remove", Form(page)))
        {
            Assert.Equal(HttpStatusCode.Redirect, remove.StatusCode);
        }

        Assert.Null(await app.Store.Watches.GetAsync(id, app.UserIdOf[Roles.Analyst]));
    }

    [Fact]
    public async Task New_matches_show_on_the_dashboard_and_the_watch_page_until_the_page_is_visited()
    {
        var owner = app.UserIdOf[Roles.Analyst];
        var watch = await app.Store.Watches.AddAsync(owner, "Jade's phone", WatchKind.Phone, "+17135550142", DateTimeOffset.UtcNow.AddMinutes(-5));
        string[] found = [app.DocumentIdOf[5], app.DocumentIdOf[10]];
        await app.Store.Watches.SaveEvaluationAsync(WatchStage.Name, WatchStage.Version, found, [.. found.Select(d => new WatchHit(watch.Id, d))], [watch.Id], DateTimeOffset.UtcNow);
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);

        var dashboard = await analyst.GetStringAsync("/");
        var list = await analyst.GetStringAsync("/watches");
        var first = await analyst.GetStringAsync($"/watches/{watch.Id}");
        var second = await analyst.GetStringAsync($"/watches/{watch.Id}");
        var after = await analyst.GetStringAsync("/");

        Assert.Contains("1 watch has 2 new matches", dashboard, StringComparison.Ordinal);
        Assert.Contains("2 new", list, StringComparison.Ordinal);
        Assert.Contains("Listing number 5", first, StringComparison.Ordinal);
        Assert.Contains("Listing number 10", first, StringComparison.Ordinal);
        Assert.Equal(2, first.Split("new-tag").Length - 1);
        Assert.DoesNotContain("new-tag", second, StringComparison.Ordinal);
        Assert.DoesNotContain("new matches", after.Split("t-watches")[1].Split("</section>")[0].Replace("no new matches", "", StringComparison.Ordinal), StringComparison.Ordinal);

        await app.Store.Watches.RemoveAsync(watch.Id, owner);
    }

    [Fact]
    public async Task The_watch_button_on_an_entity_page_watches_the_phone_and_readers_get_no_watch_controls()
    {
        using var analyst = await app.SignedInClientAsync(Roles.Analyst);
        var entity = await analyst.GetStringAsync("/entities/phone/%2B17135550142");
        Assert.Contains("Watch this phone", entity, StringComparison.Ordinal);

        using var response = await analyst.PostAsync("/watches/add", Form(entity, ("kind", "phone"), ("value", "(713) 555-0142")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var watch = Assert.Single(await app.Store.Watches.ListAsync(app.UserIdOf[Roles.Analyst]), s => s.Watch.Kind == WatchKind.Phone).Watch;
        Assert.Equal("+17135550142", watch.Definition);
        using (var bad = await analyst.PostAsync("/watches/add", Form(entity, ("kind", "phone"), ("value", "not a phone"))))
        {
            Assert.Equal("/watches?error=phone", bad.Headers.Location?.OriginalString);
        }

        await app.Store.Watches.RemoveAsync(watch.Id, app.UserIdOf[Roles.Analyst]);

        using var viewer = await app.SignedInClientAsync(Roles.Viewer);
        Assert.DoesNotContain("Watch this phone", await viewer.GetStringAsync("/entities/phone/%2B17135550142"), StringComparison.Ordinal);
        Assert.DoesNotContain("/watches/search", await viewer.GetStringAsync("/search?q=jade"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/watches\"", await viewer.GetStringAsync("/"), StringComparison.Ordinal);
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Prepend(new("__RequestVerificationToken", SignInForm.Hidden(page, "__RequestVerificationToken"))));
}
