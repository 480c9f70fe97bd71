using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// Signing in by typing into the form and clicking "Sign in", as a person does. A wait for the next page after the
/// click has timed out twice in CI runs (never on a rerun, never under synthetic load here), so a timeout is reported
/// with what the browser saw: its URL, every navigation response since the click, and the page's text.
/// </summary>
internal static class FormSignIn
{
    public static async Task SubmitAsync(IPage page, string email, string password, Regex expectedUrl)
    {
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        var navigations = new List<string>();
        void Record(object? sender, IResponse response)
        {
            if (response.Request.IsNavigationRequest)
            {
                lock (navigations)
                {
                    navigations.Add($"{response.Request.Method} {response.Url} → {response.Status}");
                }
            }
        }

        page.Response += Record;
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(expectedUrl);
        }
        catch (PlaywrightException ex)
        {
            string text;
            try
            {
                text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            }
            catch (PlaywrightException)
            {
                text = "(unreadable)";
            }

            string seen;
            lock (navigations)
            {
                seen = navigations.Count == 0 ? "none" : string.Join("; ", navigations);
            }

            throw new InvalidOperationException(
                $"Signing in as {email} did not reach {expectedUrl}: the page is {page.Url}; navigations since the click: {seen}; " +
                $"it says: {(text.Length > 400 ? text[..400] + "…" : text)}", ex);
        }
        finally
        {
            page.Response -= Record;
        }
    }
}
