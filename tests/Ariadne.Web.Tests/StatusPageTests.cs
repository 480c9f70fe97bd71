using System.Net;

namespace Ariadne.Web.Tests;

/// <summary>Error statuses answered in the app's own frame (not a blank page), and never as HTML to API clients.</summary>
public sealed class StatusPageTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/search/extra/segments")]
    [InlineData("/networks/n0000000000000000/unknown")]
    public async Task An_unknown_address_is_a_404_in_the_app_frame(string path)
    {
        using var response = await app.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search\">Search</a>", html, StringComparison.Ordinal); // the app's navigation
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_address_sends_anonymous_readers_to_sign_in_without_saying_whether_it_exists()
    {
        using var client = app.NewClient();
        using var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/sign-in", response.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("Page not found", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_address_is_a_414_in_the_app_frame()
    {
        using var response = await app.Client.GetAsync("/search?q=" + new string('a', 9_000));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Contains("<h1>The address is too long</h1>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 200), html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/documents/no-such-document")]
    [InlineData("/assets/js/no-such-file.js")]
    public async Task Api_and_asset_clients_get_their_status_without_an_html_page(string path)
    {
        using var response = await app.Client.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<h1>", body, StringComparison.Ordinal);
    }
}
