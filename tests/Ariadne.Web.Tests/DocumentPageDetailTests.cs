using System.Net;
using System.Text.Json;
using Ariadne.Investigation.Accounts;

namespace Ariadne.Web.Tests;

/// <summary>What the document page and its JSON show to whom: server paths to Admins only, the risk once.</summary>
public sealed class DocumentPageDetailTests(RunningApp app) : IClassFixture<RunningApp>
{
    [Fact]
    public async Task A_viewer_sees_the_origin_file_name_and_line_but_not_the_server_path()
    {
        var id = app.DocumentIdOf[7];
        var document = (await app.Store.GetDocumentAsync(id))!;
        var folder = Path.GetDirectoryName(document.OriginFile)!;

        var html = await app.Client.GetStringAsync($"/documents/{id}");
        using var json = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/documents/{id}"));

        Assert.Contains($"ads.jsonl:{document.OriginLine}", html, StringComparison.Ordinal);
        Assert.DoesNotContain(folder, html, StringComparison.Ordinal);
        Assert.Equal("ads.jsonl", json.RootElement.GetProperty("originFile").GetString());
    }

    [Fact]
    public async Task An_admin_sees_the_full_server_path_of_the_origin()
    {
        var id = app.DocumentIdOf[7];
        var document = (await app.Store.GetDocumentAsync(id))!;
        using var admin = await app.SignedInClientAsync(Roles.Admin);

        var html = await admin.GetStringAsync($"/documents/{id}");
        using var json = JsonDocument.Parse(await admin.GetStringAsync($"/api/documents/{id}"));

        Assert.Contains(WebUtility.HtmlEncode(document.OriginFile!), html, StringComparison.Ordinal);
        Assert.Equal(document.OriginFile, json.RootElement.GetProperty("originFile").GetString());
    }

    [Fact]
    public async Task The_risk_is_printed_once_and_the_reasons_are_listed_under_it()
    {
        var id = app.DocumentIdOf[5];
        var score = (await app.Store.Scoring.GetScoreAsync(id))!;
        var html = await app.Client.GetStringAsync($"/documents/{id}");
        var shown = score.Probability.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "Risk (<span[^>]*>)?" + System.Text.RegularExpressions.Regex.Escape(shown)));
        foreach (var reason in score.Explanation.Split('\n').Skip(1).Where(r => r.Length > 0))
        {
            Assert.Contains("<li>" + reason.Trim() + "</li>", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        }
    }
}
