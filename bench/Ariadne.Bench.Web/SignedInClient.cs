using System.Net;
using System.Text.RegularExpressions;

namespace Ariadne.Bench.Web;

/// <summary>
/// An HttpClient signed in through the real sign-in form (antiforgery token and all), so every measured request
/// goes through authentication and the role check as an analyst's browser would.
/// </summary>
public static partial class SignedInClient
{
    public static async Task<HttpClient> CreateAsync(Uri baseAddress, string email, string password)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
        };
        var client = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var form = await client.GetStringAsync("/account/sign-in");
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
            ["_handler"] = Hidden(form, "_handler"),
            ["Form.Email"] = email,
            ["Form.Password"] = password,
            ["Form.ReturnUrl"] = "/",
        });
        using var response = await client.PostAsync("/account/sign-in", content);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {email} failed (the form answered {(int)response.StatusCode}, not a redirect); check the account and password.");
        }

        using var check = await client.GetAsync("/search");
        if (check.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"Signed in, but /search answered {(int)check.StatusCode}; the account needs a role that may read.");
        }

        return client;
    }

    private static string Hidden(string html, string name) =>
        WebUtility.HtmlDecode(HiddenInput().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name)?.Groups["value"].Value
            ?? throw new InvalidOperationException($"The sign-in page has no hidden input '{name}'."));

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
