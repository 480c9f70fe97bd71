using System.Net;
using System.Net.Sockets;
using System.Text;
using Ariadne.Pipeline.Analysis;
using Ariadne.Pipeline.Ingest;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Testing;
using Ariadne.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Ariadne.Web.Tests;

/// <summary>The real web app on a free loopback port over a real SQLite store with a small known corpus.</summary>
public sealed class RunningApp : IAsyncLifetime, IDisposable
{
    public const int Documents = 75;

    private readonly TempDirectory directory = new();
    private WebApplication? app;

    public HttpClient Client { get; private set; } = null!;

    public string RawLineOfAd7 { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var file = Path.Combine(directory.Path, "ads.jsonl");
        var lines = new StringBuilder();
        for (var i = 1; i <= Documents; i++)
        {
            var line = $"{{\"id\":\"ad-{i}\",\"title\":\"Listing number {i}\",\"text\":\"{(i % 5 == 0 ? "Ask for Jade <script>alert(1)</script> call 713 555 0142" : "Quiet companion")} #{i}\",\"location\":\"Houston, TX\",\"country\":\"US\",\"posted_at\":\"2026-05-{(i % 28) + 1:00}T0{i % 10}:00:00Z\",\"extra\":  \"kept\"}}";
            if (i == 7)
            {
                RawLineOfAd7 = line;
            }

            lines.Append(line).Append('\n');
        }

        await File.WriteAllTextAsync(file, lines.ToString());
        var location = StoreLocation.Parse("sqlite:" + Path.Combine(directory.Path, "ariadne.db"));
        var store = await AriadneStore.OpenAsync(location, CancellationToken.None);
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(Path.Combine(directory.Path, "blobs")), null, CancellationToken.None);

        await new AnalyzeService().RunAsync(store, new AnalyzeOptions(), null, CancellationToken.None);

        var url = $"http://127.0.0.1:{FreePort()}";
        app = AriadneWebApp.Build(new WebHostOptions { Store = location, Urls = url }, store);
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(url) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
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
