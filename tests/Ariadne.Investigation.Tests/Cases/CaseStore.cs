using System.Text;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Core.Documents;
using Ariadne.Investigation.Cases;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Testing;
using SkiaSharp;

namespace Ariadne.Investigation.Tests.Cases;

/// <summary>
/// A real store (SQLite, or PostgreSQL when asked) with a small known corpus: ads n1–n4 share a phone (one network) and move Houston → Dallas →
/// Dallas → Houston, n1 and n2 show photo p1 and n3 photo p2; d5 is a tip; x6 is outside every case.
/// </summary>
internal sealed class CaseStore(StoreKind kind = StoreKind.Sqlite) : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory directory = new();

    public AriadneStore Store { get; private set; } = null!;

    public CaseService Cases { get; private set; } = null!;

    public ManualTime Time { get; } = new(new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));

    public Dictionary<string, string> Id { get; } = [];

    public string NetworkId { get; private set; } = "";

    public string BlobRoot => directory.Combine("blobs");

    public CaseActor Analyst { get; } = new("u-analyst", "analyst@example.com", false);

    public CaseActor Outsider { get; } = new("u-outsider", "outsider@example.com", false);

    public async Task InitializeAsync()
    {
        WritePhoto(directory.Combine("p1.png"), 1);
        WritePhoto(directory.Combine("p2.png"), 2);
        string[] lines =
        [
            """{"id":"n1","title":"Sweet Jade","text":"Call 713 555 0142","location":"Houston, TX","country":"US","posted_at":"2026-03-01T10:00:00Z","images":["p1.png"]}""",
            """{"id":"n2","title":"New in town","text":"713-555-0142 new in town","location":"Dallas, TX","country":"US","posted_at":"2026-03-03T10:00:00Z","images":["p1.png"]}""",
            """{"id":"n3","title":"Jade again","text":"text 713 555 0142","location":"Dallas, TX","country":"US","posted_at":"2026-03-05T10:00:00Z","images":["p2.png"]}""",
            """{"id":"n4","title":"Back","text":"713.555.0142 back","location":"Houston, TX","country":"US","posted_at":"2026-03-07T10:00:00Z"}""",
            // The tip gives a date without a time: timelines, the report and the exports must keep it a date.
            """{"id":"d5","kind":"tip","title":"Hotline tip","text":"A neighbour saw girls moved at night","location":"Austin, TX","country":"US","posted_at":"March 2, 2026"}""",
            """{"id":"x6","title":"Unrelated","text":"Call 212 555 0199","location":"New York, NY","country":"US","posted_at":"2026-03-04T10:00:00Z"}""",
        ];
        var file = directory.Combine("ads.jsonl");
        await File.WriteAllTextAsync(file, string.Join('\n', lines) + "\n");
        foreach (var line in lines)
        {
            var external = line[7..9];
            Id[external] = DocumentIds.FromContentHash(DocumentIds.Sha256Hex(Encoding.UTF8.GetBytes(line)));
        }

        Store = await AriadneStore.OpenAsync(kind == StoreKind.Sqlite
            ? StoreLocation.Sqlite(directory.Combine("ariadne.db"))
            : StoreLocation.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync()));
        await new IngestService().IngestAsync([file], new IngestOptions(), Store.CreateIngestSink(), new FileSystemBlobStore(BlobRoot), null, CancellationToken.None);
        await new AnalyzeService().RunAsync(Store, new AnalyzeOptions { BlobRoot = BlobRoot, Scorer = new DocumentScorer(SmallRiskModel.Instance) }, null, CancellationToken.None);
        NetworkId = await Store.Networks.NetworkOfDocumentAsync(Id["n1"]) ?? throw new InvalidOperationException("n1 was not linked");
        Cases = new CaseService(Store, new EvidenceVault(EvidenceVault.ForBlobRoot(BlobRoot)), AuditSigner.OpenOrCreate(AuditSigner.DefaultPath(BlobRoot)), new FileSystemBlobStore(BlobRoot), Time);
    }

    public async Task DisposeAsync()
    {
        Cases.Signer.Dispose();
        await Store.DisposeAndDropAsync();
        Dispose();
    }

    public void Dispose() => directory.Dispose();

    private static void WritePhoto(string path, int seed)
    {
        var random = new Random(seed);
        using var bitmap = new SKBitmap(64, 48);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            using var paint = new SKPaint { Color = new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)) };
            canvas.DrawRect(random.Next(32), random.Next(24), 20, 16, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
