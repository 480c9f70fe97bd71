using System.Net;
using System.Text.RegularExpressions;

namespace Ariadne.Web.Tests;

public sealed partial class PhotoReuseTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task Document_page_says_in_how_many_other_documents_its_photo_appears_and_links_them()
    {
        var html = WebUtility.HtmlDecode(await app.Client.GetStringAsync($"/documents/{app.DocumentIdOf[3]}"));

        Assert.Contains("this photo appears in 3 other documents", html, StringComparison.Ordinal);
        var linked = ReuseLink().Matches(html).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(RunningApp.SamePhotoAds.Where(n => n != 3).Select(n => app.DocumentIdOf[n]).ToHashSet(), linked);
    }

    [Fact]
    public async Task A_photo_shown_nowhere_else_says_so_and_pages_without_photos_have_no_section()
    {
        var other = WebUtility.HtmlDecode(await app.Client.GetStringAsync($"/documents/{app.DocumentIdOf[1]}"));
        var none = await app.Client.GetStringAsync($"/documents/{app.DocumentIdOf[2]}");

        Assert.Contains("this photo appears in 0 other documents", other, StringComparison.Ordinal);
        Assert.DoesNotContain("Photo re-use", none, StringComparison.Ordinal);
    }

    [GeneratedRegex("<li><a href=\"/documents/(d[0-9a-f]{24})\">")]
    private static partial Regex ReuseLink();
}
