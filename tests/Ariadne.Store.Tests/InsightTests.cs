using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Store.Analysis;
using Ariadne.Store.Ingest;
using Ariadne.Store.Insights;

namespace Ariadne.Store.Tests;

/// <summary>The web app's read-only questions (dashboard, entity profile, identifier edges), on each engine.</summary>
public abstract class InsightTests : StoreTestBase
{
    private const string Phone = "+15555550123";

    [Fact]
    public async Task Overview_counts_documents_runs_quarantine_and_analysed_documents_per_stage()
    {
        var docs = await SeedAsync();

        var overview = await Store.Insights.GetOverviewAsync();

        Assert.Equal(docs.Length, overview.Documents);
        Assert.Equal(0, overview.Quarantined);
        Assert.Equal([new StageProgress("extract", docs.Length)], overview.Stages);
    }

    [Fact]
    public async Task Entity_documents_come_oldest_first_with_their_locations()
    {
        var docs = await SeedAsync();

        var found = await Store.Insights.ListDocumentsAsync(EntityType.Phone, Phone, 100);

        Assert.Equal([docs[0].Id, docs[1].Id, docs[2].Id], found.Select(d => d.Id));
        Assert.Equal(["Houston, TX", "Dallas, TX", "Houston, TX"], found.Select(d => d.LocationRaw));
        Assert.Equal(2, (await Store.Insights.ListDocumentsAsync(EntityType.Phone, Phone, 2)).Count);
        Assert.Empty(await Store.Insights.ListDocumentsAsync(EntityType.Phone, "+15555550000", 10));
    }

    [Fact]
    public async Task A_common_entity_lists_its_documents_oldest_first_with_undated_ones_last()
    {
        // More mentions than InsightRepository.SortCap: read in date order instead of fetched and sorted.
        var n = InsightRepository.SortCap + 10;
        var docs = Enumerable.Range(0, n)
            .Select(i => TestDocuments.Make($"common {i}", title: $"d{i}", posted: i < 3 ? null : TestDocuments.Noon.AddMinutes(n - i)))
            .ToArray();
        var batch = new IngestBatch { RunId = "run" };
        batch.Documents.AddRange(docs);
        await Store.CreateIngestSink().CommitBatchAsync(batch, default);
        await Store.Analysis.SaveExtractionAsync("extract", 1,
            [.. docs.Select(d => new ExtractionResult(d.Id, [new EntityMention { DocumentId = d.Id, Type = EntityType.Location, Value = "Houston, US", Start = 0, End = 1 }]))],
            TestDocuments.Noon);

        var all = await Store.Insights.ListDocumentsAsync(EntityType.Location, "Houston, US", n + 5);
        var first = await Store.Insights.ListDocumentsAsync(EntityType.Location, "Houston, US", 3);

        Assert.Equal(n, all.Count);
        Assert.Equal([$"d{n - 1}", $"d{n - 2}", $"d{n - 3}"], first.Select(d => d.Title));
        Assert.Equal(["d0", "d1", "d2"], all.TakeLast(3).Select(d => d.Title).Order());
        Assert.All(all.SkipLast(3), d => Assert.NotNull(d.PostedAtUtc));
    }

    [Fact]
    public async Task Co_mentions_count_documents_not_mentions_and_leave_out_the_entity_itself()
    {
        await SeedAsync();

        var co = await Store.Insights.ListCoMentionsAsync(EntityType.Phone, Phone, 10);

        Assert.Equal(
            [new CoMention(EntityType.Name, "Jade", 3), new CoMention(EntityType.Email, "jade@example.com", 1), new CoMention(EntityType.Age, "24", 1)],
            co.OrderByDescending(c => c.Documents).ThenBy(c => c.Type));
    }

    [Fact]
    public async Task Identifier_edges_list_each_document_identifier_pair_once_and_skip_names()
    {
        var docs = await SeedAsync();

        var edges = await Store.Insights.ListIdentifiersAsync([docs[0].Id, docs[3].Id]);

        Assert.Equal(
            [new DocumentEntity(docs[0].Id, EntityType.Phone, Phone), new DocumentEntity(docs[0].Id, EntityType.Email, "jade@example.com"), new DocumentEntity(docs[3].Id, EntityType.Phone, "+15555550199")],
            edges.OrderBy(e => Array.FindIndex(docs, d => d.Id == e.DocumentId)).ThenBy(e => e.Type));
    }

    [Fact]
    public async Task Photos_of_documents_are_listed_by_file_hash()
    {
        var docs = await SeedAsync();
        var withPhotos = TestDocuments.Make("photos", title: "photos", posted: TestDocuments.Noon, images: 3);
        var batch = new IngestBatch { RunId = "run" };
        batch.Documents.Add(withPhotos);
        await Store.CreateIngestSink().CommitBatchAsync(batch, default);

        var photos = await Store.Insights.ListPhotosAsync([withPhotos.Id, docs[0].Id]);

        // Images 0 and 2 are stored, image 1 is missing (no file, so no hash) and is left out.
        Assert.Equal([new DocumentPhoto(withPhotos.Id, new string('a', 63) + "0"), new DocumentPhoto(withPhotos.Id, new string('a', 63) + "2")], photos);
        Assert.Empty(await Store.Insights.ListPhotosAsync([docs[0].Id]));
        Assert.Empty(await Store.Insights.ListPhotosAsync([]));
    }

    private async Task<Document[]> SeedAsync()
    {
        Document[] docs =
        [
            TestDocuments.Make("a", title: "first", posted: TestDocuments.Noon, location: "Houston, TX"),
            TestDocuments.Make("b", title: "second", posted: TestDocuments.Noon.AddDays(3), location: "Dallas, TX"),
            TestDocuments.Make("c", title: "third", posted: TestDocuments.Noon.AddDays(9), location: "Houston, TX"),
            TestDocuments.Make("d", title: "other", posted: TestDocuments.Noon.AddDays(1), location: "Austin, TX"),
        ];
        var batch = new IngestBatch { RunId = "run" };
        batch.Documents.AddRange(docs);
        await Store.CreateIngestSink().CommitBatchAsync(batch, default);
        await Store.Analysis.SaveExtractionAsync("extract", 1,
        [
            new ExtractionResult(docs[0].Id, [M(docs[0], EntityType.Phone, Phone), M(docs[0], EntityType.Phone, Phone), M(docs[0], EntityType.Email, "jade@example.com"), M(docs[0], EntityType.Name, "Jade")]),
            new ExtractionResult(docs[1].Id, [M(docs[1], EntityType.Phone, Phone), M(docs[1], EntityType.Name, "Jade"), M(docs[1], EntityType.Age, "24")]),
            new ExtractionResult(docs[2].Id, [M(docs[2], EntityType.Phone, Phone), M(docs[2], EntityType.Name, "Jade"), M(docs[2], EntityType.Name, "Jade")]),
            new ExtractionResult(docs[3].Id, [M(docs[3], EntityType.Phone, "+15555550199"), M(docs[3], EntityType.Name, "Ruby")]),
        ], TestDocuments.Noon);
        return docs;
    }

    private static EntityMention M(Document document, EntityType type, string value) =>
        new() { DocumentId = document.Id, Type = type, Value = value, Start = 0, End = 1 };
}
