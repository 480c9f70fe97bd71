using System.Net;
using System.Net.Sockets;
using System.Text;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Core.Cases;
using Ariadne.Core.Documents;
using Ariadne.Core.Ingest;
using Ariadne.Investigation.Accounts;
using Ariadne.Investigation.Cases;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Testing;
using Ariadne.Web.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace Ariadne.Web.Tests;

/// <summary>The real web app on a free loopback port over a real SQLite store with a small known corpus.</summary>
public sealed class RunningApp : IAsyncLifetime, IDisposable
{
    public const int Documents = 75;

    private readonly TempDirectory directory = new();
    private WebApplication? app;
    private readonly Dictionary<string, HttpClient> sharedClients = [];
    private readonly SemaphoreSlim sharedClientsLock = new(1, 1);

    public const string Password = "Correct-Horse-9";

    /// <summary>A client signed in as a Viewer (reads everything, changes nothing).</summary>
    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public AriadneStore Store { get; private set; } = null!;

    /// <summary>A synthetic JPEG on disk, for upload tests.</summary>
    public string PhotoPath => Path.Combine(directory.Path, "photo.jpg");

    /// <summary>The account that holds <paramref name="role"/> alone.</summary>
    public static string EmailOf(string role) => role.ToLowerInvariant() + "@example.com";

    public string RawLineOfAd7 { get; private set; } = "";

    /// <summary>Store id of each ad by its number (ad-1 is 1).</summary>
    public Dictionary<int, string> DocumentIdOf { get; } = [];

    /// <summary>Ads 3, 6 and 9 show one photo (the same file), ad 12 a re-compressed copy of it, ad 1 another photo.</summary>
    public static IReadOnlyList<int> SamePhotoAds { get; } = [3, 6, 9, 12];

    /// <summary>The network of the ads that share the phone 713 555 0142 (ads 5, 10, …, 75).</summary>
    public string PhoneNetworkId { get; private set; } = "";

    /// <summary>A case owned by the Analyst with every role as a member, holding one uploaded file.</summary>
    public string SharedCaseId { get; private set; } = "";

    public string SharedEvidenceId { get; private set; } = "";

    /// <summary>A case only the Analyst (its owner) is in, holding one uploaded file; Admins see it too.</summary>
    public string PrivateCaseId { get; private set; } = "";

    public string PrivateEvidenceId { get; private set; } = "";

    /// <summary>An import that finished before the app started (a stored job record), for the job page.</summary>
    public const string ImportJobId = "job-known";

    /// <summary>
    /// Every route the running app answers (minimal APIs and Razor component pages alike), read from its own endpoint
    /// data source, so a test can cover routes nobody remembered to list.
    /// </summary>
    public IReadOnlyList<RouteEndpoint> Endpoints =>
        [.. app!.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    /// <summary>The app's services (route constraint factory and the like).</summary>
    public IServiceProvider Services => app!.Services;

    /// <summary>The app's own case service, for setting up case state directly.</summary>
    public CaseService Cases { get; private set; } = null!;

    /// <summary>Account id of each role's account.</summary>
    public Dictionary<string, string> UserIdOf { get; } = [];

    public async Task InitializeAsync()
    {
        var file = Path.Combine(directory.Path, "ads.jsonl");
        var lines = new StringBuilder();
        for (var i = 1; i <= Documents; i++)
        {
            var images = i switch
            {
                1 => ",\"images\":[\"other.jpg\"]",
                12 => ",\"images\":[\"photo-recompressed.jpg\"]",
                3 or 6 or 9 => ",\"images\":[\"photo.jpg\"]",
                _ => "",
            };
            var line = $"{{\"id\":\"ad-{i}\",\"title\":\"Listing number {i}\",\"text\":\"{(i % 5 == 0 ? "Ask for Jade <script>alert(1)</script> call 713 555 0142" : "Quiet companion")} #{i}\",\"location\":\"Houston, TX\",\"country\":\"US\",\"posted_at\":\"2026-05-{(i % 28) + 1:00}T0{i % 10}:00:00Z\",\"extra\":  \"kept\"{images}}}";
            DocumentIdOf[i] = DocumentIds.FromContentHash(DocumentIds.Sha256Hex(Encoding.UTF8.GetBytes(line)));
            if (i == 7)
            {
                RawLineOfAd7 = line;
            }

            lines.Append(line).Append('\n');
        }

        await File.WriteAllTextAsync(file, lines.ToString());
        WritePhoto(Path.Combine(directory.Path, "photo.jpg"), seed: 1, quality: 90);
        WritePhoto(Path.Combine(directory.Path, "photo-recompressed.jpg"), seed: 1, quality: 40);
        WritePhoto(Path.Combine(directory.Path, "other.jpg"), seed: 2, quality: 90);
        var location = StoreLocation.Parse("sqlite:" + Path.Combine(directory.Path, "ariadne.db"));
        var store = await AriadneStore.OpenAsync(location, CancellationToken.None);
        Store = store;
        var blobs = Path.Combine(directory.Path, "blobs");
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(blobs), null, CancellationToken.None);

        await new AnalyzeService().RunAsync(store, new AnalyzeOptions { BlobRoot = blobs, Scorer = new DocumentScorer(SmallRiskModel.Instance) }, null, CancellationToken.None);

        await store.ImportJobs.SaveAsync(new ImportJobRecord
        {
            Id = ImportJobId,
            FileName = "known.jsonl",
            UploadedBy = EmailOf(Roles.Analyst),
            Status = ImportJobStatus.Done,
            IngestRunId = "run-known",
            RecordsRead = 1,
            DocumentsAdded = 1,
            StartedAtUtc = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero),
            UpdatedAtUtc = new DateTimeOffset(2026, 11, 1, 9, 1, 0, TimeSpan.Zero),
            FinishedAtUtc = new DateTimeOffset(2026, 11, 1, 9, 1, 0, TimeSpan.Zero),
        });

        PhoneNetworkId = await store.Networks.NetworkOfDocumentAsync(DocumentIdOf[5]) ?? throw new InvalidOperationException("linking did not put ad 5 in a network");

        await using (var users = new UserDirectoryScope(store))
        {
            foreach (var role in Roles.All)
            {
                Assert.True((await users.Users.AddAsync(EmailOf(role), role, Password)).Succeeded);
            }
        }

        var url = $"http://127.0.0.1:{FreePort()}";
        app = AriadneWebApp.Build(new WebHostOptions { Store = location, Urls = url, BlobRoot = blobs, Scorer = new DocumentScorer(SmallRiskModel.Instance) }, store);
        await app.StartAsync();
        BaseAddress = new Uri(url);
        Cases = app.Services.GetRequiredService<CaseService>();
        await CreateCasesAsync(Cases);
        Client = await SignedInClientAsync(Roles.Viewer);
    }

    /// <summary>A client with its own cookie jar, not following redirects, so tests see the 302s.</summary>
    public HttpClient NewClient() =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>A client signed in through the real sign-in form as the account holding <paramref name="role"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync(string role)
    {
        var client = NewClient();
        using var response = await SignInForm.PostAsync(client, EmailOf(role), Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>
    /// One signed-in client per role, kept for the app's lifetime, for tests that make hundreds of requests and must not
    /// pay for a password hash on each. Callers must not sign these out or change their cookies.
    /// </summary>
    public async Task<HttpClient> SharedClientAsync(string role)
    {
        await sharedClientsLock.WaitAsync();
        try
        {
            if (!sharedClients.TryGetValue(role, out var client))
            {
                client = await SignedInClientAsync(role);
                sharedClients[role] = client;
            }

            return client;
        }
        finally
        {
            sharedClientsLock.Release();
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        foreach (var client in sharedClients.Values)
        {
            client.Dispose();
        }

        sharedClientsLock.Dispose();
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        Dispose();
    }

    public void Dispose() => directory.Dispose();

    private async Task CreateCasesAsync(CaseService cases)
    {
        await using (var context = Store.CreateDbContext())
        {
            foreach (var role in Roles.All)
            {
                UserIdOf[role] = context.Users.Single(u => u.Email == EmailOf(role)).Id;
            }
        }

        var analyst = new CaseActor(UserIdOf[Roles.Analyst], EmailOf(Roles.Analyst), false);
        SharedCaseId = (await cases.CreateAsync(analyst, "Shared case")).Id;
        foreach (var role in Roles.All.Where(r => r != Roles.Analyst))
        {
            await cases.AddMemberAsync(analyst, SharedCaseId, UserIdOf[role]);
        }

        SharedEvidenceId = (await cases.CaptureAsync(analyst, SharedCaseId, new MemoryStream("shared bytes"u8.ToArray()),
            new EvidenceCapture(EvidenceKind.Upload, "shared.txt", "text/plain", null, "a shared upload"))).Id;
        PrivateCaseId = (await cases.CreateAsync(analyst, "Private case")).Id;
        PrivateEvidenceId = (await cases.CaptureAsync(analyst, PrivateCaseId, new MemoryStream("<html><script>alert(1)</script></html>"u8.ToArray()),
            new EvidenceCapture(EvidenceKind.WebPage, "page.html", "text/html", "https://example.com/ad", "a saved page"))).Id;
    }

    /// <summary>A synthetic picture (random coloured rectangles and circles) as JPEG.</summary>
    private static void WritePhoto(string path, int seed, int quality)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(320, 240);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            for (var k = 0; k < 24; k++)
            {
                using var paint = new SKPaint { IsAntialias = true, Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)) };
                if (k % 2 == 0)
                {
                    canvas.DrawRect(random.Next(320), random.Next(240), random.Next(20, 140), random.Next(20, 100), paint);
                }
                else
                {
                    canvas.DrawCircle(random.Next(320), random.Next(240), random.Next(10, 60), paint);
                }
            }
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, quality);
        File.WriteAllBytes(path, data.ToArray());
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
