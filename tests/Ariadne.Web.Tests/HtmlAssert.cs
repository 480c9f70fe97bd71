using System.Text.RegularExpressions;

namespace Ariadne.Web.Tests;

/// <summary>Checks on served HTML shared by the page tests.</summary>
public static partial class HtmlAssert
{
    /// <summary>Every script is an external file of the app and no element carries a style attribute (the CSP forbids both inline).</summary>
    public static void NoInlineScriptOrStyle(string html)
    {
        foreach (Match script in ScriptTag().Matches(html))
        {
            Assert.Matches("^<script [^>]*src=\"(assets/|/assets/)[^\"]+\"[^>]*></script>$", script.Value);
        }

        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [GeneratedRegex("<script[^>]*>.*?</script>", RegexOptions.Singleline)]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<[a-zA-Z][^>]*\\son[a-z]+\\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
