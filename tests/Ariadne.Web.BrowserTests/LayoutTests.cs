using System.Text.Json;
using Ariadne.Core.Cases;
using Ariadne.Core.Entities;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Cases;
using Ariadne.Store.Watches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// Every page at the two laptop widths analysts use (1,024 and 1,366 px): no sideways scrolling, measured in the
/// browser (the document's scroll width against the viewport), with the elements that stick out named on failure.
/// Screenshots at 1,024 px go to <c>layout-1024/</c> under the screenshot folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserApp app)
{
    // Lists what reaches past the right edge, so a failure names the culprit rather than just the page.
    private const string OverflowProbe = """
        () => {
          const width = document.documentElement.clientWidth;
          const wide = [];
          for (const element of document.querySelectorAll('body *')) {
            const box = element.getBoundingClientRect();
            if (box.width > 0 && box.right > width + 1) {
              const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
                (element.classList.length ? '.' + [...element.classList].join('.') : '');
              wide.push(name + ' ' + Math.round(box.right) + 'px');
            }
            if (wide.length >= 6) break;
          }
          return JSON.stringify({ scroll: document.documentElement.scrollWidth, width, wide });
        }
        """;

    [Theory]
    [InlineData(1024)]
    [InlineData(1366)]
    public async Task Every_page_fits_the_window_without_sideways_scrolling(int width)
    {
        var pages = await PagesAsync();
        var page = await app.SignedInPageAsync(Roles.Admin, width, 768);
        var failures = new List<string>();
        foreach (var (name, path) in pages)
        {
            await page.GotoAsync(path);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            using var measured = JsonDocument.Parse(await page.EvaluateAsync<string>(OverflowProbe));
            var scroll = measured.RootElement.GetProperty("scroll").GetInt32();
            var client = measured.RootElement.GetProperty("width").GetInt32();
            if (scroll > client)
            {
                var wide = string.Join(", ", measured.RootElement.GetProperty("wide").EnumerateArray().Select(e => e.GetString()));
                failures.Add($"{name} ({path}): {scroll} px wide in a {client} px window; past the edge: {wide}");
            }

            if (width == 1024)
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(app.ScreenshotFolder, "layout-1024", name + ".png") });
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(pages.Count >= 20, $"only {pages.Count} pages were checked");
        await page.Context.CloseAsync();
    }

    // The contrast of every visible button's text against the colour actually behind it (its own, else the first
    // opaque ancestor's), as WCAG computes it; buttons below 3:1 are listed.
    private const string ButtonContrastProbe = """
        () => {
          const rgb = c => (c.match(/[0-9.]+/g) || []).map(Number);
          const lum = ([r, g, b]) => [r, g, b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
          const behind = element => {
            for (let e = element; e; e = e.parentElement) {
              const c = rgb(getComputedStyle(e).backgroundColor);
              if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c;
            }
            return [255, 255, 255];
          };
          const faint = [];
          for (const button of document.querySelectorAll('main button, main .button')) {
            if (!button.offsetParent) continue;
            const a = lum(rgb(getComputedStyle(button).color)), b = lum(behind(button));
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < 3) faint.push(button.textContent.trim() + ' ' + ratio.toFixed(2));
          }
          return faint.join('; ');
        }
        """;

    [Fact]
    public async Task Every_button_on_the_case_and_review_pages_is_readable_against_what_is_behind_it()
    {
        var network = (await app.Store.Networks.ListNetworksAsync(1))[0];
        var caseId = await CaseWithEvidenceAsync(network.Id);
        var page = await app.SignedInPageAsync(Roles.Admin);
        foreach (var path in new[] { "/cases/" + caseId, "/review", "/search", "/import" })
        {
            await page.GotoAsync(path);
            Assert.Equal("", await page.EvaluateAsync<string>(ButtonContrastProbe));
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_column_head_sorts_the_rows_shown_both_ways()
    {
        var page = await app.SignedInPageAsync(Roles.Analyst);
        await page.GotoAsync("/search?q=" + Uri.EscapeDataString(app.SharedPhone));
        var posted = page.Locator("table.results thead th button.sort", new() { HasText = "Posted" });
        await posted.ClickAsync();
        var ascending = await page.Locator("table.results tbody tr td:first-child time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.True(ascending.Length > 2);
        Assert.Equal(ascending.Order(StringComparer.Ordinal), ascending);
        Assert.Equal("ascending", await page.Locator("table.results thead th", new() { HasText = "Posted" }).GetAttributeAsync("aria-sort"));

        await posted.ClickAsync();
        var descending = await page.Locator("table.results tbody tr td:first-child time").EvaluateAllAsync<string[]>("times => times.map(t => t.getAttribute('datetime'))");
        Assert.Equal(ascending.Reverse(), descending);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_sign_in_page_fits_at_1024_px()
    {
        var page = await app.NewPageAsync(1024, 768);
        await page.GotoAsync("/account/sign-in");
        Assert.Equal(await page.EvaluateAsync<int>("document.documentElement.clientWidth"), await page.EvaluateAsync<int>("document.documentElement.scrollWidth"));
        await page.Context.CloseAsync();
    }

    /// <summary>Every page of the app with real content: the largest network, the most shared phone, a name, a case with evidence.</summary>
    private async Task<IReadOnlyList<(string Name, string Path)>> PagesAsync()
    {
        var network = (await app.Store.Networks.ListNetworksAsync(1))[0];
        var caseId = await CaseWithEvidenceAsync(network.Id);
        string document;
        string name;
        await using (var context = app.Store.CreateDbContext())
        {
            document = await context.EntityMentions.Where(m => m.Type == EntityType.Phone && m.Value == app.SharedPhone)
                .OrderBy(m => m.DocumentId).Select(m => m.DocumentId).FirstAsync();
            name = await context.EntityMentions.Where(m => m.Type == EntityType.Name)
                .GroupBy(m => m.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstAsync();
        }

        var phone = Uri.EscapeDataString(app.SharedPhone);
        var admin = await AdminIdAsync();
        var watch = await app.Store.Watches.AddAsync(admin, "Layout check: the shared phone", WatchKind.Phone, app.SharedPhone, DateTimeOffset.UtcNow);
        return
        [
            ("dashboard", "/"),
            ("search", "/search"),
            ("search-results", "/search?q=" + phone),
            ("document", "/documents/" + document),
            ("entity-phone", "/entities/phone/" + phone),
            ("entity-name", "/entities/name/" + Uri.EscapeDataString(name)),
            ("networks", "/networks"),
            ("networks-high-risk", "/networks?risk=high"),
            ("network", "/networks/" + network.Id),
            ("network-full-graph", "/networks/" + network.Id + "?graph=full"),
            ("watches", "/watches"),
            ("watch", "/watches/" + watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("time-zone", "/settings/time-zone"),
            ("error", "/error"),
            ("review", "/review"),
            ("cases", "/cases"),
            ("case", "/cases/" + caseId),
            ("case-audit", "/cases/" + caseId + "/audit"),
            ("import", "/import"),
            ("users", "/admin/users"),
            ("denied", "/account/denied"),
            ("not-found", "/no-such-page"),
        ];
    }

    private async Task<string> AdminIdAsync()
    {
        await using var context = app.Store.CreateDbContext();
        return await context.Users.Where(u => u.Email == BrowserApp.EmailOf(Roles.Admin)).Select(u => u.Id).SingleAsync();
    }

    private async Task<string> CaseWithEvidenceAsync(string networkId)
    {
        var cases = app.Services.GetRequiredService<CaseService>();
        var userId = await AdminIdAsync();

        var admin = new CaseActor(userId, BrowserApp.EmailOf(Roles.Admin), true);
        var created = await cases.CreateAsync(admin, "Layout check: a case with a long title that has to wrap on a narrow laptop screen", "Created by LayoutTests.");
        await cases.AddItemAsync(admin, created.Id, CaseItemType.Network, networkId);
        await cases.CaptureNetworkAsync(admin, created.Id, networkId, "the largest network");
        await cases.CaptureAsync(admin, created.Id, new MemoryStream("layout evidence"u8.ToArray()),
            new EvidenceCapture(EvidenceKind.Upload, "a-long-evidence-file-name-without-any-spaces-to-break-on.txt", "text/plain", null, "an upload"));
        await cases.AddNoteAsync(admin, created.Id, "A note with a long unbroken token: " + new string('x', 180));
        await cases.AddTaskAsync(admin, created.Id, "Check the phone's other ads", userId);
        return created.Id;
    }
}
