using System.Net;
using Ariadne.Investigation.Accounts;
using Ariadne.Web.Security;

namespace Ariadne.Web.Tests;

public sealed class SignInTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task A_wrong_password_stays_on_the_form_with_a_message_and_no_cookie()
    {
        using var client = app.NewClient();
        using var response = await SignInForm.PostAsync(client, RunningApp.EmailOf(Roles.Reviewer), "not-the-password");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The e-mail or password is not right", html, StringComparison.Ordinal);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("ariadne.auth=", StringComparison.Ordinal)));
        using var api = await client.GetAsync("/api/documents");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        // A separate account, so the lock-out does not disturb the other tests' sign-ins.
        await using (var users = new UserDirectoryScope(app.Store))
        {
            Assert.True((await users.Users.AddAsync("locked@example.com", Roles.Viewer, RunningApp.Password)).Succeeded);
        }

        using var client = app.NewClient();
        for (var i = 0; i < IdentitySetup.MaxFailedSignIns; i++)
        {
            using var failed = await SignInForm.PostAsync(client, "locked@example.com", "wrong-" + i);
        }

        using var response = await SignInForm.PostAsync(client, "locked@example.com", RunningApp.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This account is locked after 5 failed attempts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site_strict()
    {
        using var client = app.NewClient();
        using var response = await SignInForm.PostAsync(client, RunningApp.EmailOf(Roles.Viewer), RunningApp.Password, "/documents/x");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ariadne.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("/documents/x", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Behind_a_local_tls_proxy_cookies_are_marked_secure()
    {
        // A browser behind the proxy speaks https, so it returns Secure cookies; an http test client would not,
        // hence the check on the first cookie the app sets (antiforgery, same policy as the session cookie).
        using var client = app.NewClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        using var response = await client.GetAsync("/account/sign-in");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ariadne.af=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Over_plain_http_the_cookie_is_not_marked_secure_so_loopback_demos_work()
    {
        using var client = app.NewClient();
        using var response = await SignInForm.PostAsync(client, RunningApp.EmailOf(Roles.Viewer), RunningApp.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ariadne.auth=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Sign_out_needs_the_antiforgery_token_and_then_ends_the_session()
    {
        using var client = await app.SignedInClientAsync(Roles.Viewer);
        using (var forged = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>())))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        var page = await client.GetStringAsync("/");
        var fields = new Dictionary<string, string> { ["__RequestVerificationToken"] = SignInForm.Hidden(page, "__RequestVerificationToken") };
        using var signOut = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var after = await client.GetAsync("/api/documents");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task The_sign_in_page_has_no_inline_script_or_style()
    {
        using var client = app.NewClient();
        var html = await client.GetStringAsync("/account/sign-in");

        Assert.Contains("<form", html, StringComparison.Ordinal);
        HtmlAssert.NoInlineScriptOrStyle(html);
    }

    [Theory]
    [InlineData("/search?q=x", "/search?q=x")]
    [InlineData("//evil.example.com/", "/")]
    [InlineData("/\\evil.example.com", "/")]
    [InlineData("https://evil.example.com/", "/")]
    [InlineData(null, "/")]
    public void Return_urls_stay_on_this_site(string? given, string expected) => Assert.Equal(expected, LocalUrl.OrHome(given));
}
