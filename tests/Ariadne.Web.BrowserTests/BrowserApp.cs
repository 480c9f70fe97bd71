using System.Net;
using System.Net.Sockets;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Core.Entities;
using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Synth;
using Ariadne.Testing;
using Ariadne.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// The real app on a free loopback port over a real SQLite store seeded from the synthetic generator, and
/// Debian's chromium driven by Playwright (never a downloaded browser).
/// </summary>
public sealed class BrowserApp : IAsyncLifetime, IDisposable
{
    public const string Password = "Browser-Test-42";

    private readonly TempDirectory directory = new();
    private WebApplication? app;
    private IPlaywright? playwright;

    public string BaseUrl { get; private set; } = "";

    /// <summary>The running app's services (the case service, for tests that set up a case without clicking).</summary>
    public IServiceProvider Services => app?.Services ?? throw new InvalidOperationException("The app is not started.");

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The store the app serves, for checking what a page shows against what is stored.</summary>
    public AriadneStore Store { get; private set; } = null!;

    /// <summary>The phone shared by the most ads of the corpus (what an analyst would follow).</summary>
    public string SharedPhone { get; private set; } = "";

    public int SharedPhoneDocuments { get; private set; }

    /// <summary>Where screenshots go: <c>ARIADNE_SCREENSHOTS</c> (scripts/screenshots.sh sets docs/screenshots), else the test output.</summary>
    public string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("ARIADNE_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static string EmailOf(string role) => role.ToLowerInvariant() + "@example.com";

    public async Task InitializeAsync()
    {
        var corpus = Path.Combine(directory.Path, "corpus");
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = 400, Seed = 7, OutputDirectory = corpus });
        var location = StoreLocation.Parse("sqlite:" + Path.Combine(directory.Path, "ariadne.db"));
        var store = await AriadneStore.OpenAsync(location);
        Store = store;
        var blobs = Path.Combine(directory.Path, "blobs");
        await new IngestService().IngestAsync([Path.Combine(corpus, "ads.jsonl")], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(blobs), null, CancellationToken.None);
        await new AnalyzeService().RunAsync(store, new AnalyzeOptions { BlobRoot = blobs, Scorer = new DocumentScorer(SmallRiskModel.Instance) }, null, CancellationToken.None);
        await using (var users = new UserDirectoryScope(store))
        {
            foreach (var role in Roles.All)
            {
                Assert.True((await users.Users.AddAsync(EmailOf(role), role, Password)).Succeeded);
            }
        }

        await using (var context = store.CreateDbContext())
        {
            var top = await context.EntityMentions.Where(m => m.Type == EntityType.Phone)
                .Select(m => new { m.Value, m.DocumentId }).Distinct()
                .GroupBy(m => m.Value).Select(g => new { Value = g.Key, Documents = g.Count() })
                .OrderByDescending(g => g.Documents).ThenBy(g => g.Value).FirstAsync();
            (SharedPhone, SharedPhoneDocuments) = (top.Value, top.Documents);
        }

        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        app = AriadneWebApp.Build(new WebHostOptions { Store = location, Urls = BaseUrl, BlobRoot = blobs, Scorer = new DocumentScorer(SmallRiskModel.Instance) }, store);
        await app.StartAsync();

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = DebianChromium.Find(),
            Headless = true,

            // Tests often run as root in containers, where chromium's sandbox cannot start.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (own cookies) at 1366×768 (the laptop size the app is designed for) unless told otherwise.</summary>
    public async Task<IPage> NewPageAsync(int width = 1366, int height = 768)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            TimezoneId = "America/Chicago",
            Locale = "en-US",
        });
        // Generous: the machines these tests share can be heavily loaded; a wait only lasts until its condition holds.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>
    /// A page signed in as the account holding <paramref name="role"/>. The sign-in form's own behaviour is tested by
    /// AnalystJourneyTests; here the same form post (token, fields) goes through the context's request API, which
    /// shares the browser's cookies, so a journey's setup does not hang on typing and clicking while the machine is
    /// busy with other test projects (a CI run once waited 90 s for the dashboard URL after the click).
    /// </summary>
    public async Task<IPage> SignedInPageAsync(string role, int width = 1366, int height = 768)
    {
        var page = await NewPageAsync(width, height);
        var form = await (await page.Context.APIRequest.GetAsync("/account/sign-in")).TextAsync();
        var fields = page.Context.APIRequest.CreateFormData();
        fields.Set("__RequestVerificationToken", Hidden(form, "__RequestVerificationToken"));
        fields.Set("_handler", Hidden(form, "_handler"));
        fields.Set("Form.Email", EmailOf(role));
        fields.Set("Form.Password", Password);
        fields.Set("Form.ReturnUrl", "");
        var posted = await page.Context.APIRequest.PostAsync("/account/sign-in", new() { Form = fields });
        await page.GotoAsync("/");
        if (!page.Url.Equals(BaseUrl + "/", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in as {EmailOf(role)} did not open the dashboard (sign-in answered {posted.Status}; the page is {page.Url}).");
        }

        return page;
    }

    private static string Hidden(string html, string name)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "<input type=\"hidden\" name=\"" + System.Text.RegularExpressions.Regex.Escape(name) + "\" value=\"(?<value>[^\"]*)\"");
        return match.Success
            ? System.Net.WebUtility.HtmlDecode(match.Groups["value"].Value)
            : throw new InvalidOperationException($"The sign-in page has no hidden input '{name}'.");
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = false });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose() => directory.Dispose();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
