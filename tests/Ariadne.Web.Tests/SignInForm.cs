using System.Net;
using System.Text.RegularExpressions;

namespace Ariadne.Web.Tests;

/// <summary>Fills in the real sign-in form: fetches it for its antiforgery token, then posts it.</summary>
public static partial class SignInForm
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string email, string password, string? returnUrl = null)
    {
        var form = await client.GetStringAsync("/account/sign-in");
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
            ["_handler"] = Hidden(form, "_handler"),
            ["Form.Email"] = email,
            ["Form.Password"] = password,
            ["Form.ReturnUrl"] = returnUrl ?? "",
        };
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync("/account/sign-in", content);
    }

    /// <summary>The value of a hidden input in a form, as the browser would send it.</summary>
    public static string Hidden(string html, string name)
    {
        var match = HiddenInput().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name)
            ?? throw new InvalidOperationException($"The page has no hidden input '{name}'.");
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
