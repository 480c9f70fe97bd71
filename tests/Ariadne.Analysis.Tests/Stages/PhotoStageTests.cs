using System.Text.Json;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Imaging.Pdq;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Synth;
using Ariadne.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Ariadne.Analysis.Tests.Stages;

/// <summary>
/// The photo stage of <c>ariadne analyze</c> over a synthetic corpus with re-used, edited photos, judged against
/// the generator's ground truth (truth.json says which photo each image shows). Runs on both engines.
/// </summary>
public abstract class PhotoStageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Ads = 160;

    private TempDirectory Temp { get; } = new();
    private AriadneStore store = null!;

    protected abstract StoreKind Kind { get; }

    private string BlobRoot => Temp.Combine("blobs");

    private string Corpus => Temp.Combine("corpus");

    public async Task InitializeAsync()
    {
        var location = Kind == StoreKind.Sqlite
            ? StoreLocation.Sqlite(Temp.Combine("ariadne.db"))
            : StoreLocation.Postgres(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        store = await AriadneStore.OpenAsync(location);
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = Ads, Seed = 7, OutputDirectory = Corpus });
        await IngestAsync(Path.Combine(Corpus, "ads.jsonl"));
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAndDropAsync();
        Temp.Dispose();
    }

    [Fact]
    public async Task Each_distinct_image_is_hashed_once_and_a_second_run_does_nothing()
    {
        var first = await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);
        var second = await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);

        await using var context = store.CreateDbContext();
        var distinctBlobs = await context.DocumentImages.Where(i => i.Sha256 != null).Select(i => i.Sha256).Distinct().CountAsync();
        var imageRefs = await context.DocumentImages.CountAsync(i => i.Sha256 != null);
        Assert.True(imageRefs > distinctBlobs, "the corpus re-uses photos, so some blobs are shown by several documents");
        Assert.True(first.PhotoStageRan);
        Assert.Equal(Ads, first.DocumentsHashed);
        Assert.Equal(distinctBlobs, first.ImagesHashed);
        Assert.Equal(distinctBlobs, await context.ImageHashes.CountAsync(h => h.Pdq != null));
        Assert.Equal(0, first.ImagesUnreadable + first.ImagesMissing);
        Assert.Equal(Ads, await context.DocumentAnalyses.CountAsync(a => a.Stage == HashStage.Name && a.Version == HashStage.Version));
        Assert.Equal((0L, 0L), (second.DocumentsHashed, second.ImagesHashed));
    }

    [Fact]
    public async Task New_documents_are_hashed_incrementally_and_known_blobs_are_not_hashed_again()
    {
        await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);
        var reused = Directory.GetFiles(Path.Combine(Corpus, "images")).Order(StringComparer.Ordinal).First();
        var folder = Temp.Combine("later");
        Directory.CreateDirectory(folder);
        File.Copy(reused, Path.Combine(folder, "same.jpg"));
        await File.WriteAllBytesAsync(Path.Combine(folder, "broken.jpg"), [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]);
        await File.WriteAllTextAsync(Path.Combine(folder, "later.jsonl"),
            """{"id":"later-1","text":"Back in town","images":["same.jpg"]}""" + "\n" +
            """{"id":"later-2","text":"New pics","images":["broken.jpg","same.jpg"]}""" + "\n");
        await IngestAsync(Path.Combine(folder, "later.jsonl"));

        var next = await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);

        Assert.Equal(2, next.DocumentsHashed);
        Assert.Equal(0, next.ImagesHashed);
        Assert.Equal(1, next.ImagesUnreadable);
        await using var context = store.CreateDbContext();
        var broken = await context.ImageHashes.SingleAsync(h => h.Pdq == null);
        Assert.False(string.IsNullOrWhiteSpace(broken.Error));
        Assert.Equal(0, broken.Quality);
    }

    [Fact]
    public async Task Without_a_blob_root_the_photo_stage_waits()
    {
        var summary = await new AnalyzeService().RunAsync(store, new AnalyzeOptions(), null, CancellationToken.None);

        Assert.False(summary.PhotoStageRan);
        Assert.Equal(Ads, await store.Analysis.CountPendingAsync(HashStage.Name, HashStage.Version));
    }

    [Fact]
    public async Task Variants_of_one_photo_match_and_different_photos_do_not()
    {
        await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);
        var truth = await TruthAsync();
        var hashes = (await store.ImageHashes.ListHashesAsync(0)).ToDictionary(h => h.BlobSha256, h => (Hash: PdqHash.Parse(h.Pdq!), h.Quality));
        var images = truth.Values.Distinct().Select(t => (t.Photo, t.Variant, t.Sha, hashes[t.Sha].Hash, hashes[t.Sha].Quality)).ToList();

        // Each edit against its original. Re-compression and down-scaling keep PDQ within 31 bits; the generator's
        // 70–90 % crops, caption bands (1/6 of the height) and mirrors mostly do not: PDQ is neither crop- nor
        // flip-invariant (the dihedral hashes cover flips; crops need other signals). The numbers are printed so a
        // change in either the generator or the hash shows up here.
        var originals = images.Where(i => i.Variant == "original").ToDictionary(i => i.Photo, i => i.Hash);
        var byVariant = images.Where(i => i.Variant != "original" && originals.ContainsKey(i.Photo))
            .GroupBy(i => i.Variant)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Hash.DistanceTo(originals[i.Photo])).Order().ToList());
        foreach (var (variant, distances) in byVariant.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{variant}: {distances.Count(d => d <= 31)}/{distances.Count} within 31 of the original; distances {string.Join(" ", distances)}");
        }

        var differentTotal = 0;
        var differentWithin = 0;
        for (var a = 0; a < images.Count; a++)
        {
            for (var b = a + 1; b < images.Count; b++)
            {
                if (images[a].Photo != images[b].Photo && images[a].Quality >= 50 && images[b].Quality >= 50)
                {
                    differentTotal++;
                    differentWithin += images[a].Hash.DistanceTo(images[b].Hash) <= 31 ? 1 : 0;
                }
            }
        }

        output.WriteLine($"different-photo pairs within 31: {differentWithin}/{differentTotal}");
        var recompressed = byVariant.GetValueOrDefault("recompress", []);
        var resized = byVariant.GetValueOrDefault("resize", []);
        Assert.True(recompressed.Count + resized.Count >= 6, "the corpus should hold re-compressed and resized variants");
        Assert.All(recompressed, d => Assert.InRange(d, 0, 31));
        Assert.True(resized.Count(d => d <= 31) * 3 >= resized.Count * 2, $"resized: only {resized.Count(d => d <= 31)}/{resized.Count} within 31");
        Assert.True(differentWithin * 1000 <= differentTotal, $"{differentWithin}/{differentTotal} pairs of different photos within 31");
    }

    [Fact]
    public async Task Same_photo_query_finds_documents_showing_the_same_photo()
    {
        await new AnalyzeService().RunAsync(store, Options(), null, CancellationToken.None);
        var truth = await TruthAsync();
        var photoOfDocument = truth.GroupBy(t => t.Key.DocumentId).ToDictionary(g => g.Key, g => g.Select(t => t.Value.Photo).ToHashSet());
        var finder = new SamePhotoFinder(store);
        int checkedDocs = 0, found = 0, right = 0;
        foreach (var (documentId, photos) in photoOfDocument.OrderBy(p => p.Key, StringComparer.Ordinal).Take(60))
        {
            var result = await finder.FindAsync(documentId, maxExamples: 1000);
            checkedDocs++;
            foreach (var other in result.SelectMany(p => p.Examples).Select(e => e.Id).Distinct())
            {
                found++;
                right += photoOfDocument[other].Overlaps(photos) ? 1 : 0;
            }

            Assert.All(result, p => Assert.True(p.Examples.Count == p.OtherDocuments));
        }

        output.WriteLine($"{checkedDocs} documents: {found} same-photo links, {right} confirmed by the ground truth");
        Assert.True(found > 0, "re-used photos should link documents");
        Assert.True(right >= found * 0.98, $"only {right}/{found} links are the same photo by the ground truth");
    }

    private AnalyzeOptions Options() => new() { BlobRoot = BlobRoot, BatchSize = 50 };

    private async Task IngestAsync(string file) =>
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(BlobRoot), null, CancellationToken.None);

    /// <summary>(store document id, image ordinal) → the photo it shows, its variant and its blob.</summary>
    private async Task<Dictionary<(string DocumentId, int Ordinal), (string Photo, string Variant, string Sha)>> TruthAsync()
    {
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Corpus, "truth.json")));
        var byExternal = new Dictionary<string, List<(string Photo, string Variant)>>(StringComparer.Ordinal);
        foreach (var doc in json.RootElement.GetProperty("documents").EnumerateArray())
        {
            byExternal[doc.GetProperty("id").GetString()!] = doc.GetProperty("images").EnumerateArray()
                .Select(i => (i.GetProperty("photo").GetString()!, i.GetProperty("variant").GetString()!)).ToList();
        }

        await using var context = store.CreateDbContext();
        var rows = await (from i in context.DocumentImages
                          join d in context.Documents on i.DocumentId equals d.Id
                          where i.Sha256 != null
                          select new { d.Id, d.ExternalId, i.Ordinal, i.Sha256 }).ToListAsync();
        return rows.ToDictionary(r => (r.Id, r.Ordinal), r =>
        {
            var (photo, variant) = byExternal[r.ExternalId!][r.Ordinal];
            return (photo, variant, r.Sha256!);
        });
    }
}
