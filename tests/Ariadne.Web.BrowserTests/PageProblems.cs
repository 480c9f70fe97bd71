using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>Console errors (CSP violations among them) and uncaught page errors seen while a test runs.</summary>
public static class PageProblems
{
    public static List<string> Collect(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page: " + error);
        return problems;
    }
}
