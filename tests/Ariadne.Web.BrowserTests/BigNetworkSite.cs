using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Investigation.Accounts;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Testing;
using Ariadne.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Ariadne.Web.BrowserTests;

/// <summary>
/// A second app over a store holding one big network: ad i gives the e-mails of contact i and contact i+1, so
/// linking chains every ad into one network whose graph has <see cref="Ads"/> ads and Ads + 1 e-mail nodes. Every
/// fourth ad also gives <see cref="SharedPhone"/>: a big entity (<see cref="SharedPhoneAds"/> ads in five cities).
/// </summary>
public sealed class BigNetworkSite : IAsyncDisposable
{
    public const int Ads = 1000;

    public const string SharedPhone = "+17135550171";

    public const int SharedPhoneAds = Ads / 4;

    private readonly TempDirectory directory = new();
    private WebApplication? app;

    public string BaseUrl { get; private set; } = "";

    public string NetworkId { get; private set; } = "";

    public static async Task<BigNetworkSite> StartAsync()
    {
        var site = new BigNetworkSite();
        await site.InitializeAsync();
        return site;
    }

    private async Task InitializeAsync()
    {
        var file = directory.Combine("ads.jsonl");
        var lines = new StringBuilder();
        string[] cities = ["Houston, TX", "Dallas, TX", "Austin, TX", "Denver, CO", "Phoenix, AZ"];
        for (var i = 0; i < Ads; i++)
        {
            // Distinct wording per ad (the number spelled into it), so the links are the e-mails, not copied text.
            lines.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"big-{i}\",\"title\":\"Listing {i}\",\"text\":\"Number {i} of the chain: write to contact{i}@example.org or contact{i + 1}@example.org, code {i * 7919 % 10007}.{(i % 4 == 0 ? " Or call 713 555 0171." : "")}\",\"location\":\"{cities[i % cities.Length]}\",\"country\":\"US\",\"posted_at\":\"2026-0{1 + (i % 9)}-{1 + (i % 28):00}T12:00:00Z\"}}\n");
        }

        await File.WriteAllTextAsync(file, lines.ToString());
        var location = StoreLocation.Parse("sqlite:" + directory.Combine("ariadne.db"));
        var store = await AriadneStore.OpenAsync(location);
        var blobs = directory.Combine("blobs");
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(blobs), null, CancellationToken.None);
        await new AnalyzeService().RunAsync(store, new AnalyzeOptions { BlobRoot = blobs }, null, CancellationToken.None);
        NetworkId = (await store.Networks.ListNetworksAsync(1)).Single().Id;
        await using (var users = new UserDirectoryScope(store))
        {
            Assert.True((await users.Users.AddAsync(BrowserApp.EmailOf(Roles.Viewer), Roles.Viewer, BrowserApp.Password)).Succeeded);
        }

        BaseUrl = $"http://127.0.0.1:{FreePort()}";
        app = AriadneWebApp.Build(new WebHostOptions { Store = location, Urls = BaseUrl, BlobRoot = blobs }, store);
        await app.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        directory.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
