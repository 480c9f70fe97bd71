using System.Text.RegularExpressions;
using Ariadne.Investigation.Accounts;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>An analyst opens a case, captures a network into it, sees the evidence hash, and downloads the court report.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class CaseJourneyTests(BrowserApp app)
{
    private static readonly LocatorWaitForOptions Visible = new() { Timeout = 90_000 };

    [Fact]
    public async Task Create_a_case_capture_a_network_and_download_the_report()
    {
        var page = await app.SignedInPageAsync(Roles.Analyst);
        var problems = PageProblems.Collect(page);

        // Open a new case from the main navigation. The form is filled only once the navigation to /cases has
        // finished (a streamed render that lands after the fill would reset the field, and the click would then
        // submit an empty title: a CI run under heavy load timed out waiting for the case page that way).
        await page.GetByRole(AriaRole.Link, new() { Name = "Cases", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/cases$"));
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.GetByLabel("Title").FillAsync("Browser journey case");
        Assert.Equal("Browser journey case", await page.GetByLabel("Title").InputValueAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "Create case" }).ClickAsync();
        try
        {
            await page.WaitForURLAsync(CasePage());
        }
        catch (TimeoutException ex)
        {
            var text = await page.Locator("body").InnerTextAsync(new() { Timeout = 5_000 });
            throw new InvalidOperationException($"Creating a case did not reach the case page: the page is {page.Url} and says: {(text.Length > 400 ? text[..400] + "…" : text)}", ex);
        }

        var caseId = new Uri(page.Url).AbsolutePath["/cases/".Length..];

        // Capture the largest network into it from the network page.
        var network = (await app.Store.Networks.ListNetworksAsync(1))[0];
        await page.GotoAsync("/networks/" + network.Id);
        await page.Locator("section.add-to-case select[name=case]").SelectOptionAsync(caseId);
        await page.GetByRole(AriaRole.Button, new() { Name = "Capture into case" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/cases/" + Regex.Escape(caseId) + "#items$"));

        // The evidence is listed with its full SHA-256, and the network is a linked item.
        var evidence = (await app.Store.Cases.ListEvidenceAsync(caseId)).Single();
        var hash = page.Locator("code[data-sha256]");
        await hash.WaitForAsync(Visible);
        Assert.Equal(evidence.Sha256, await hash.InnerTextAsync());
        Assert.Equal(1, await page.Locator($"#items a[href='/networks/{network.Id}']").CountAsync());
        await app.ScreenshotAsync(page, "case");

        // The HTML report downloads with the case title and the evidence hash in it.
        var html = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Court report (HTML)" }).ClickAsync());
        var report = await File.ReadAllTextAsync(await html.PathAsync());
        Assert.Contains("Browser journey case", report, StringComparison.Ordinal);
        Assert.Contains(evidence.Sha256, report, StringComparison.Ordinal);

        // And the PDF, printed on the server by the same chromium: the page says it is being prepared, then ready.
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Court report (PDF)" }).ClickAsync());
        var bytes = await File.ReadAllBytesAsync(await pdf.PathAsync());
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        Assert.EndsWith(".pdf", pdf.SuggestedFilename, StringComparison.Ordinal);
        await page.Locator("#pdf-status", new() { HasTextRegex = new Regex("^Ready in [0-9]+ s") }).WaitForAsync(Visible);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/cases/case-[0-9]{8}-[0-9a-f]{6}$")]
    private static partial Regex CasePage();
}
