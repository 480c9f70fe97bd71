using Ariadne.Core.Documents;
using Ariadne.Store.Ingest;

namespace Ariadne.Store.Tests;

/// <summary>What goes in comes back: every document field, images in order, raw bytes exactly.</summary>
public abstract class DocumentStorageTests : StoreTestBase
{
    [Fact]
    public async Task A_document_round_trips_with_its_images_and_raw_bytes()
    {
        // Invalid UTF-8, a NUL and a lone continuation byte: the raw payload is bytes, not text.
        byte[] raw = [0x7B, 0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x80, 0x7D, 0x0A];
        var original = TestDocuments.Make("Body with ünïcödé", title: "Title", posted: TestDocuments.Noon, location: "Houston, TX", raw: raw, images: 3);
        var batch = new IngestBatch { RunId = "run" };
        batch.Documents.Add(original);
        await Store.CreateIngestSink().CommitBatchAsync(batch, default);

        var stored = await Store.GetDocumentAsync(original.Id);

        Assert.NotNull(stored);
        Assert.Equal(raw, stored.RawPayload);
        Assert.Equal(
            (original.ContentSha256, original.ExternalId, original.Kind, original.Source, original.SourceUrl, original.AuthorHandle),
            (stored.ContentSha256, stored.ExternalId, stored.Kind, stored.Source, stored.SourceUrl, stored.AuthorHandle));
        Assert.Equal(
            (original.PostedAtRaw, original.PostedAtUtc, original.Title, original.Body, original.LocationRaw, original.Country),
            (stored.PostedAtRaw, stored.PostedAtUtc, stored.Title, stored.Body, stored.LocationRaw, stored.Country));
        Assert.Equal(
            (original.Language, original.RawFormat, original.OriginFile, original.OriginLine, original.IngestedAtUtc),
            (stored.Language, stored.RawFormat, stored.OriginFile, stored.OriginLine, stored.IngestedAtUtc));
        Assert.Equal([0, 1, 2], stored.Images.Select(i => i.Ordinal));
        Assert.Equal(original.Images.Select(i => (i.Reference, i.Sha256, i.MissingReason)), stored.Images.Select(i => (i.Reference, i.Sha256, i.MissingReason)));
    }

    [Fact]
    public async Task Every_kind_round_trips()
    {
        var sink = Store.CreateIngestSink();
        var batch = new IngestBatch { RunId = "run" };
        foreach (var kind in Enum.GetValues<DocumentKind>())
        {
            batch.Documents.Add(TestDocuments.Make("kind " + kind, kind: kind));
        }

        await sink.CommitBatchAsync(batch, default);

        foreach (var document in batch.Documents)
        {
            Assert.Equal(document.Kind, (await Store.GetDocumentAsync(document.Id))!.Kind);
        }
    }

    [Fact]
    public async Task An_unknown_id_gives_null()
    {
        Assert.Null(await Store.GetDocumentAsync("dnothere"));
    }

    [Fact]
    public async Task Reopening_an_existing_store_keeps_its_documents()
    {
        var batch = new IngestBatch { RunId = "run" };
        batch.Documents.Add(TestDocuments.Make("kept"));
        await Store.CreateIngestSink().CommitBatchAsync(batch, default);

        await using var reopened = await AriadneStore.OpenAsync(Store.Location);

        Assert.Equal(1, await reopened.CountDocumentsAsync());
    }
}
