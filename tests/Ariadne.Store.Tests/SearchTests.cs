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
        "((((((((((a))))))))))", "a OR", "OR OR OR", "NOT NOT x", "-(a OR b)", "(-a)", "-a -b", "a | | b", "city:", "city:\"",
        "phone:", "phone:x", "country:USA", "kind:boat", "email:\"\"", ")(", "a AND", "-", "--x", "\"a\" OR -\"b\"",
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
        // Either an answer or the language's own refusal (over a limit, a field value naming nothing), never
        // an engine error: the refusal is what the page and the API show as a message.
        var refused = SearchQueryParser.Validate(text, identifiers: null);
        var error = await Record.ExceptionAsync(async () =>
        {
            Assert.NotNull(await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = text }));
            await Store.CountDocumentsAsync(new DocumentSearchQuery { Text = text });
        });
        Assert.Equal(refused, (error as SearchQueryException)?.Message);
        Assert.True(error is null or SearchQueryException, error?.ToString());
    }

    // Random bytes and code points (surrogates, controls, quotes, operators) are searched on the engine: each
    // query is answered or refused by the language, never an engine error.
    [Fact]
    public async Task Random_text_is_answered_or_refused_never_an_engine_error()
    {
        await SeedAsync();
        var random = new Random(21);
        const string Operators = "\"()|-*:^{}[]'\\%_@+. \t\n";
        for (var q = 0; q < 300; q++)
        {
            var length = random.Next(1, 80);
            var chars = new char[length];
            for (var i = 0; i < length; i++)
            {
                chars[i] = random.Next(4) switch
                {
                    0 => Operators[random.Next(Operators.Length)],
                    1 => (char)random.Next(0x20, 0x7F),
                    2 => (char)random.Next(0, 0xFFFF),
                    _ => "ORNTANDOT phone:city:kind:"[random.Next(26)],
                };
            }

            var text = new string(chars);
            var error = await Record.ExceptionAsync(() => Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = text, PageSize = 5 }));
            Assert.True(error is null or SearchQueryException, $"{text}: {error}");
        }
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

    [Fact]
    public async Task Or_and_the_bar_match_either_side()
    {
        await SeedAsync();
        Assert.Equal(["beach", "tip"], await SearchLabelsAsync("sunny OR station"));
        Assert.Equal(["beach", "tip"], await SearchLabelsAsync("sunny | station"));
        Assert.Equal(["city", "beach"], await SearchLabelsAsync("town OR (sunny days)"));
        Assert.Equal(["city", "tip"], await SearchLabelsAsync("\"in town\" OR \"bus station\""));
        // Lower-case "or" is a word of the ad, not an operator.
        Assert.Empty(await SearchLabelsAsync("sunny or station"));
    }

    [Fact]
    public async Task Not_and_minus_exclude_and_parentheses_group()
    {
        await SeedAsync();
        Assert.Equal(["city"], await SearchLabelsAsync("available NOT sunny"));
        Assert.Equal(["city"], await SearchLabelsAsync("available -sunny"));
        Assert.Equal(["tip"], await SearchLabelsAsync("-available"));
        Assert.Equal(["tip"], await SearchLabelsAsync("NOT (town OR beach)"));
        Assert.Equal(["beach"], await SearchLabelsAsync("available -(town OR station)"));
        Assert.Equal(["city"], await SearchLabelsAsync("(town OR station) -\"bus station\""));
        Assert.Equal(1, await Store.CountDocumentsAsync(new DocumentSearchQuery { Text = "-available" }));
    }

    [Fact]
    public async Task Field_filters_in_the_text_match_their_columns()
    {
        await SeedAsync();
        Assert.Equal(["city"], await SearchLabelsAsync("city:montreal"));
        Assert.Equal(["city"], await SearchLabelsAsync("city:\"Montréal, QC\""));
        Assert.Equal(["city"], await SearchLabelsAsync("country:ca"));
        Assert.Equal(["tip"], await SearchLabelsAsync("kind:tip"));
        Assert.Equal(["beach"], await SearchLabelsAsync("source:beachsite available"));
        Assert.Equal(["beach", "tip"], await SearchLabelsAsync("-city:montreal"));
        Assert.Equal(["city", "tip"], await SearchLabelsAsync("country:CA OR kind:tip"));
        Assert.Equal(["city", "beach"], await SearchLabelsAsync("available (city:mont OR source:beachsite)"));
        Assert.Empty(await SearchLabelsAsync("city:% available"));
        var refused = await Assert.ThrowsAsync<SearchQueryException>(() => Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = "kind:boat" }));
        Assert.Contains("kind", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Identifier_filters_match_the_mentions_extraction_stored()
    {
        await SeedWithMentionsAsync();
        Assert.Equal(["beach"], await SearchLabelsAsync("phone:+15555550199"));
        Assert.Equal(["beach", "tip"], await SearchLabelsAsync("phone:+15555550199 OR email:x@example.com"));
        Assert.Equal(["city", "tip"], await SearchLabelsAsync("-phone:+15555550199"));
        Assert.Equal(["beach"], await SearchLabelsAsync("available phone:+15555550199"));
        Assert.Empty(await SearchLabelsAsync("available phone:+15555550123"));
    }

    [Fact]
    public async Task Text_and_city_fold_case_and_diacritics_both_ways()
    {
        await CommitAsync(
            TestDocuments.Make("Nouvelle à Montréal ce soir", title: "accented", posted: TestDocuments.Noon, location: "Montréal, QC"),
            TestDocuments.Make("New in Montreal tonight", title: "plain", posted: TestDocuments.Noon.AddDays(1), location: "MONTREAL"),
            TestDocuments.Make("São Paulo hoje", title: "sao", posted: TestDocuments.Noon.AddDays(2), location: "São Paulo, BR"));

        Assert.Equal(["accented", "plain"], await SearchLabelsAsync("Montreal"));
        Assert.Equal(["accented", "plain"], await SearchLabelsAsync("montréal"));
        Assert.Equal(["accented", "plain"], await SearchLabelsAsync("MONTRÉ*"));
        Assert.Equal(["sao"], await SearchLabelsAsync("\"sao paulo\""));
        Assert.Equal(["accented", "plain"], await LabelsAsync(new DocumentSearchQuery { City = "montreal" }));
        Assert.Equal(["accented", "plain"], await LabelsAsync(new DocumentSearchQuery { City = "Montréal" }));
        Assert.Equal(["sao"], await LabelsAsync(new DocumentSearchQuery { City = "sao p" }));
        Assert.Equal(["accented"], await SearchLabelsAsync("city:\"montreal, q\""));
    }

    // Issue 23: 1,400 "a*" terms (4 KB) held a core for 12.7 s. The language refuses such a query before any SQL.
    [Fact]
    public async Task Queries_over_the_limits_are_refused_with_a_reason()
    {
        await SeedAsync();
        async Task<string> RefusalAsync(string text) =>
            (await Assert.ThrowsAsync<SearchQueryException>(() => Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = text }))).Message;

        Assert.Contains("characters", await RefusalAsync(string.Join(' ', Enumerable.Repeat("a*", 1_400))), StringComparison.Ordinal);
        Assert.Contains("at most 32", await RefusalAsync(string.Join(' ', Enumerable.Repeat("ab", 33))), StringComparison.Ordinal);
        Assert.Contains("at most 32", await RefusalAsync(string.Join(" OR ", Enumerable.Repeat("town", 17))), StringComparison.Ordinal);
        Assert.Contains("prefix", await RefusalAsync("av*"), StringComparison.Ordinal);
        Assert.Contains("512", await RefusalAsync(new string('x', 513)), StringComparison.Ordinal);
        await Assert.ThrowsAsync<SearchQueryException>(() => Store.CountDocumentsAsync(new DocumentSearchQuery { Text = "a* b* c*" }));

        // At the limits the query runs.
        Assert.Empty(await SearchLabelsAsync(string.Join(' ', Enumerable.Repeat("ab", 32))));
        Assert.Equal(["city", "beach"], await SearchLabelsAsync("ava*"));
        Assert.Empty(await SearchLabelsAsync(new string('x', 512)));
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

    protected async Task<List<string?>> LabelsAsync(DocumentSearchQuery query)
    {
        var page = await Store.SearchDocumentsAsync(query);
        return page.Items.Select(i => i.Title).Reverse().ToList();
    }
}
