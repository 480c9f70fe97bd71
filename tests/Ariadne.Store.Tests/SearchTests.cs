using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Store.Analysis;
using Ariadne.Store.Ingest;
using Ariadne.Store.Search;

namespace Ariadne.Store.Tests;

/// <summary>Full-text search, filters and keyset paging, run against each engine by the concrete subclasses.</summary>
public abstract class SearchTests : StoreTestBase
{
    public static TheoryData<string> HostileQueries => new()
    {
        "\"", "\"\"", "\"unterminated phrase", "*", "**", "a**", "*a", "NEAR(", "NEAR(a b", "NEAR", "AND", "OR NOT",
        "title:", "body:new", ":", "a:b", "&|!", "!new", "new & town | !x", "'", "''", "\\", "(", ")", "^new", "-new",
        "new -", "{title body}: new", "new:*", "'new':*", "<->", "new <-> town", "\0", "😀", "+", "a\"b\"c",
        "SELECT * FROM documents; --", "%", "_", "n*e*w", new string('x', 2000), "東京*", "\"  \"",
    };

    [Fact]
    public async Task Words_are_anded_and_found_in_title_or_body()
    {
        await SeedAsync();
        Assert.Equal(["city"], await SearchLabelsAsync("new town"));
        Assert.Equal(["city", "beach"], await SearchLabelsAsync("available"));
        Assert.Equal(["beach"], await SearchLabelsAsync("sunny available"));
        Assert.Empty(await SearchLabelsAsync("town nowhere"));
    }

    [Fact]
    public async Task Quoted_phrases_match_words_in_order()
    {
        await SeedAsync();
        Assert.Equal(["city"], await SearchLabelsAsync("\"in town\""));
        Assert.Empty(await SearchLabelsAsync("\"town in\""));
    }

    [Fact]
    public async Task A_trailing_star_matches_word_prefixes()
    {
        await SeedAsync();
        Assert.Equal(["beach"], await SearchLabelsAsync("sun*"));
        Assert.Equal(["city", "beach"], await SearchLabelsAsync("avail*"));
        Assert.Equal(["city"], await SearchLabelsAsync("montr*"));
    }

    [Fact]
    public async Task Search_is_case_insensitive()
    {
        await SeedAsync();
        Assert.Equal(["city"], await SearchLabelsAsync("NEW TOWN"));
    }

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_query_text_never_throws(string text)
    {
        await SeedAsync();
        var page = await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = text });
        Assert.NotNull(page);
        await Store.CountDocumentsAsync(new DocumentSearchQuery { Text = text });
    }

    [Fact]
    public async Task Filters_narrow_the_results()
    {
        await SeedAsync();
        Assert.Equal(["tip"], await LabelsAsync(new DocumentSearchQuery { Kind = DocumentKind.Tip }));
        Assert.Equal(["beach"], await LabelsAsync(new DocumentSearchQuery { Source = "beachsite" }));
        Assert.Equal(["city"], await LabelsAsync(new DocumentSearchQuery { Country = "ca" }));
        Assert.Equal(
            ["beach"],
            await LabelsAsync(new DocumentSearchQuery
            {
                PostedFromUtc = TestDocuments.Noon.AddDays(1),
                PostedToUtc = TestDocuments.Noon.AddDays(3),
            }));
        Assert.Equal(["city"], await LabelsAsync(new DocumentSearchQuery { PostedToUtc = TestDocuments.Noon.AddDays(1) }));
        Assert.Equal(["city", "beach"], await LabelsAsync(new DocumentSearchQuery { Text = "available", Kind = DocumentKind.Ad }));
        Assert.Equal(2, await Store.CountDocumentsAsync(new DocumentSearchQuery { Text = "available" }));
        Assert.Equal(3, await Store.CountDocumentsAsync());
    }

    [Fact]
    public async Task Summaries_carry_the_listed_fields_and_a_short_snippet()
    {
        await SeedAsync();
        var longBody = "long " + new string('x', 500);
        await CommitAsync(TestDocuments.Make(longBody, title: "Long", posted: TestDocuments.Noon.AddDays(10), location: "Lisbon"));

        var item = (await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = "long" })).Items.Single();

        Assert.Equal("Long", item.Title);
        Assert.Equal(DocumentSummary.MaxSnippetLength, item.Snippet.Length);
        Assert.StartsWith("long xxx", item.Snippet, StringComparison.Ordinal);
        Assert.Equal(TestDocuments.Noon.AddDays(10), item.PostedAtUtc);
        Assert.Equal("Lisbon", item.LocationRaw);
        Assert.Equal(("US", "synth", DocumentKind.Ad), (item.Country, item.Source, item.Kind));
    }

    [Fact]
    public async Task Keyset_paging_walks_every_row_once_in_order_across_equal_timestamps()
    {
        var documents = new List<Document>();
        for (var i = 0; i < 37; i++)
        {
            // Groups of equal timestamps larger than a page, plus undated documents that must come last.
            DateTimeOffset? posted = i % 6 == 5 ? null : TestDocuments.Noon.AddHours(i / 12);
            documents.Add(TestDocuments.Make($"paged ad {i}", posted: posted));
        }

        await CommitAsync([.. documents]);
        await CommitAsync(TestDocuments.Make("not part of the query"));
        var expected = documents
            .OrderBy(d => d.PostedAtUtc is null ? 1 : 0)
            .ThenByDescending(d => d.PostedAtUtc)
            .ThenByDescending(d => d.Id, StringComparer.Ordinal)
            .Select(d => d.Id)
            .ToList();

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = "paged", PageSize = 5, Cursor = cursor });
            Assert.True(page.Items.Count <= 5);
            seen.AddRange(page.Items.Select(s => s.Id));
            cursor = page.NextCursor;
            pages++;
        }
        while (cursor is not null && pages < 100);

        Assert.Equal(expected, seen);
        Assert.Equal(8, pages);
    }

    [Fact]
    public async Task The_last_page_has_no_cursor_and_a_bad_cursor_is_rejected()
    {
        await SeedAsync();
        var page = await Store.SearchDocumentsAsync(new DocumentSearchQuery { PageSize = 3 });
        Assert.Equal(3, page.Items.Count);
        Assert.Null(page.NextCursor);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.SearchDocumentsAsync(new DocumentSearchQuery { Cursor = "not a cursor!" }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.SearchDocumentsAsync(new DocumentSearchQuery { PageSize = 0 }));
    }

    [Fact]
    public async Task Entity_filters_keep_documents_that_mention_the_entity()
    {
        var docs = await SeedWithMentionsAsync();

        Assert.Equal(["city", "beach"], await LabelsAsync(new DocumentSearchQuery { EntityType = EntityType.Phone }));
        Assert.Equal(["beach"], await LabelsAsync(new DocumentSearchQuery { EntityType = EntityType.Phone, EntityValue = "+15555550199" }));
        Assert.Equal(["tip"], await LabelsAsync(new DocumentSearchQuery { EntityType = EntityType.Email }));
        Assert.Empty(await LabelsAsync(new DocumentSearchQuery { EntityType = EntityType.Crypto }));
        Assert.Equal(["beach"], await LabelsAsync(new DocumentSearchQuery { EntityType = EntityType.Phone, EntityValue = "+15555550199", Text = "available" }));
        Assert.Equal(1, await Store.CountDocumentsAsync(new DocumentSearchQuery { EntityType = EntityType.Phone, EntityValue = "+15555550123" }));
        Assert.Equal(3, docs.Length);
    }

    [Fact]
    public async Task Capped_counts_stop_at_the_cap_and_are_exact_below_it()
    {
        await SeedAsync();

        Assert.Equal(2, await Store.CountMatchesAsync(new DocumentSearchQuery { Text = "available" }, cap: 10));
        Assert.Equal(2, await Store.CountMatchesAsync(new DocumentSearchQuery(), cap: 2));
        Assert.Equal(1, await Store.CountMatchesAsync(new DocumentSearchQuery { Country = "CA" }, cap: 5));
    }

    [Fact]
    public async Task City_filter_matches_the_start_of_the_location_case_insensitively_and_literally()
    {
        await CommitAsync(
            TestDocuments.Make("one", title: "houston", posted: TestDocuments.Noon, location: "Houston, TX"),
            TestDocuments.Make("two", title: "houston-heights", posted: TestDocuments.Noon.AddDays(1), location: "houston heights"),
            TestDocuments.Make("three", title: "percent", posted: TestDocuments.Noon.AddDays(2), location: "100% real_city"),
            TestDocuments.Make("four", title: "none", posted: TestDocuments.Noon.AddDays(3)));

        Assert.Equal(["houston", "houston-heights"], await LabelsAsync(new DocumentSearchQuery { City = "HOUSTON" }));
        Assert.Equal(["houston"], await LabelsAsync(new DocumentSearchQuery { City = "houston," }));
        Assert.Equal(["percent"], await LabelsAsync(new DocumentSearchQuery { City = "100% real_" }));
        Assert.Empty(await LabelsAsync(new DocumentSearchQuery { City = "%" }));
        Assert.Empty(await LabelsAsync(new DocumentSearchQuery { City = "_ouston" }));
    }

    /// <summary>The three seeded documents with phones and an e-mail stored as extraction results.</summary>
    protected async Task<Document[]> SeedWithMentionsAsync()
    {
        Document[] docs =
        [
            TestDocuments.Make("call 555 0123", title: "city", posted: TestDocuments.Noon, location: "Montréal, QC"),
            TestDocuments.Make("available, call 555 0199", title: "beach", posted: TestDocuments.Noon.AddDays(2)),
            TestDocuments.Make("mail x@example.com", title: "tip", posted: TestDocuments.Noon.AddDays(4)),
        ];
        await CommitAsync(docs);
        await Store.Analysis.SaveExtractionAsync("extract", 1,
        [
            new ExtractionResult(docs[0].Id, [Mention(docs[0].Id, EntityType.Phone, "+15555550123")]),
            new ExtractionResult(docs[1].Id, [Mention(docs[1].Id, EntityType.Phone, "+15555550199")]),
            new ExtractionResult(docs[2].Id, [Mention(docs[2].Id, EntityType.Email, "x@example.com")]),
        ], TestDocuments.Noon);
        return docs;
    }

    protected static EntityMention Mention(string documentId, EntityType type, string value) =>
        new() { DocumentId = documentId, Type = type, Value = value, Start = 0, End = 1 };

    /// <summary>Three documents known by a label (their title).</summary>
    protected async Task SeedAsync() => await CommitAsync(
        TestDocuments.Make("New in town, available tonight in Montréal", title: "city", posted: TestDocuments.Noon, country: "CA", location: "Montréal, QC"),
        TestDocuments.Make("Sunny beach days, available weekends", title: "beach", posted: TestDocuments.Noon.AddDays(2), source: "beachsite"),
        TestDocuments.Make("I saw something at the bus station", title: "tip", posted: TestDocuments.Noon.AddDays(4), kind: DocumentKind.Tip, source: "hotline"));

    protected async Task CommitAsync(params Document[] documents)
    {
        var batch = new IngestBatch { RunId = "run" };
        batch.Documents.AddRange(documents);
        await Store.CreateIngestSink().CommitBatchAsync(batch, default);
    }

    /// <summary>Labels (titles) of the matches, oldest first so expectations read in seeding order.</summary>
    protected async Task<List<string?>> SearchLabelsAsync(string text) => await LabelsAsync(new DocumentSearchQuery { Text = text });

    private async Task<List<string?>> LabelsAsync(DocumentSearchQuery query)
    {
        var page = await Store.SearchDocumentsAsync(query);
        return page.Items.Select(i => i.Title).Reverse().ToList();
    }
}
