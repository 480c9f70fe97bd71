using Ariadne.Core.Entities;
using Ariadne.Store.Analysis;
using Ariadne.Store.Search;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Tests;

public sealed class SqliteSearchTests : SearchTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;

    // FTS5's unicode61 tokenizer with remove_diacritics folds accents; PostgreSQL's 'simple' configuration does not.
    [Fact]
    public async Task Accents_are_ignored()
    {
        await SeedAsync();
        Assert.Equal(["city"], await SearchLabelsAsync("montreal"));
        Assert.Equal(["city"], await SearchLabelsAsync("MONTRÉAL"));
    }

    // Above 2,000 candidates (DocumentSearcher.DriverCap) a text or entity filter no longer leads the plan: documents
    // are read newest first and each is tested (FTS5 rowid probe, mention index seek). The answers must not change.
    [Fact]
    public async Task Broad_filters_read_in_page_order_give_the_same_pages_and_counts_as_narrow_ones()
    {
        const int n = 10_050; // the rare documents (every 1,000th) stay under the cap, the rest are far above it
        var docs = Enumerable.Range(0, n)
            .Select(i => TestDocuments.Make($"common words number {i}{(i % 1000 == 0 ? " rare" : "")}", title: $"d{i}", posted: TestDocuments.Noon.AddMinutes(i), country: i % 2 == 0 ? "US" : "CA"))
            .ToArray();
        await CommitAsync(docs);
        await Store.Analysis.SaveExtractionAsync("extract", 1, [.. docs.Select((d, i) => new ExtractionResult(d.Id,
            i % 1000 == 0 ? [Mention(d.Id, EntityType.Phone, "+15555550100"), Mention(d.Id, EntityType.Email, "rare@example.com")] : [Mention(d.Id, EntityType.Phone, "+15555550100")]))], TestDocuments.Noon);
        static string[] NewestFirst(Func<int, bool> keep) => [.. Enumerable.Range(0, n).Where(keep).Reverse().Select(i => $"d{i}")];

        // Broad text and a country: two pages in page order, the cursor continuing exactly.
        var first = await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = "common", Country = "US" });
        var second = await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = "common", Country = "US", Cursor = first.NextCursor });
        Assert.Equal(NewestFirst(i => i % 2 == 0).Take(100), first.Items.Concat(second.Items).Select(d => d.Title));

        // Broad entity (every document has the phone) with a country, and with a broad word.
        var phone = await Store.SearchDocumentsAsync(new DocumentSearchQuery { EntityType = EntityType.Phone, EntityValue = "+15555550100", Country = "CA" });
        Assert.Equal(NewestFirst(i => i % 2 == 1).Take(50), phone.Items.Select(d => d.Title));
        var both = await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = "common", EntityType = EntityType.Phone, EntityValue = "+15555550100" });
        Assert.Equal(NewestFirst(_ => true).Take(50), both.Items.Select(d => d.Title));

        // A narrow filter leads, the broad one is tested per document: text narrow, entity broad, and the reverse.
        var rare = NewestFirst(i => i % 1000 == 0);
        Assert.Equal(rare, (await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = "rare", EntityType = EntityType.Phone, EntityValue = "+15555550100" })).Items.Select(d => d.Title));
        Assert.Equal(rare, (await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = "common", EntityType = EntityType.Email, EntityValue = "rare@example.com" })).Items.Select(d => d.Title));

        // Counts: exact below the cap, the cap above it, whichever plan counts.
        Assert.Equal(n, await Store.CountMatchesAsync(new DocumentSearchQuery { Text = "common" }, cap: 20_000));
        Assert.Equal(n, await Store.CountDocumentsAsync(new DocumentSearchQuery { EntityType = EntityType.Phone, EntityValue = "+15555550100" }));
        Assert.Equal(n / 2, await Store.CountMatchesAsync(new DocumentSearchQuery { Text = "common", Country = "US" }, cap: 20_000));
        Assert.Equal(100, await Store.CountMatchesAsync(new DocumentSearchQuery { Text = "common" }, cap: 100));
        Assert.Equal(rare.Length, await Store.CountMatchesAsync(new DocumentSearchQuery { Text = "common", EntityType = EntityType.Email, EntityValue = "rare@example.com" }, cap: 20_000));
    }

    // OR, NOT and identifier clauses take part in the plan choice: a narrow union leads (its candidates are exact),
    // an AND is led by its narrowest part and tested in full, a negation is read in page order. Same answers as the
    // sets they name, whichever plan runs.
    [Fact]
    public async Task Or_not_and_identifier_clauses_give_the_same_answers_under_every_plan()
    {
        const int n = 6_000;
        var docs = Enumerable.Range(0, n)
            .Select(i => TestDocuments.Make($"common words number {i}{(i % 1000 == 0 ? " rare" : "")}{(i % 1500 == 7 ? " odd" : "")}", title: $"d{i}",
                posted: TestDocuments.Noon.AddMinutes(i), country: i % 2 == 0 ? "US" : "CA"))
            .ToArray();
        await CommitAsync(docs);
        await Store.Analysis.SaveExtractionAsync("extract", 1, [.. docs.Select((d, i) => new ExtractionResult(d.Id,
            i % 700 == 3 ? [Mention(d.Id, EntityType.Phone, "+15555550177")] : []))], TestDocuments.Noon);
        static string[] NewestFirst(Func<int, bool> keep) => [.. Enumerable.Range(0, n).Where(keep).Reverse().Select(i => $"d{i}")];
        async Task<string?[]> AllAsync(string text)
        {
            var all = new List<string?>();
            string? cursor = null;
            do
            {
                var page = await Store.SearchDocumentsAsync(new DocumentSearchQuery { Text = text, Cursor = cursor, PageSize = 500 });
                all.AddRange(page.Items.Select(d => d.Title));
                cursor = page.NextCursor;
            }
            while (cursor is not null);
            return [.. all];
        }

        static bool Rare(int i) => i % 1000 == 0;
        static bool Odd(int i) => i % 1500 == 7;
        static bool Phone(int i) => i % 700 == 3;

        Assert.Equal(NewestFirst(i => Rare(i) || Phone(i)), await AllAsync("rare OR phone:+15555550177"));
        Assert.Equal(NewestFirst(i => Rare(i) || Odd(i)), await AllAsync("rare | odd"));
        Assert.Equal(NewestFirst(Phone), await AllAsync("common phone:+15555550177"));
        Assert.Equal(NewestFirst(i => Phone(i) && i % 2 == 0), await AllAsync("phone:+15555550177 country:US"));
        Assert.Equal(NewestFirst(i => !Rare(i)).Take(500), await AllAsync("common -rare").ContinueWith(t => t.Result.Take(500)));
        Assert.Equal(NewestFirst(i => !Rare(i) && !Phone(i)).Length, await Store.CountDocumentsAsync(new DocumentSearchQuery { Text = "-rare -phone:+15555550177" }));
        Assert.Equal(NewestFirst(i => (Rare(i) || Odd(i)) && !Phone(i)), await AllAsync("(rare OR odd) NOT phone:+15555550177"));
        Assert.Equal(NewestFirst(i => Rare(i) || Phone(i)).Length, await Store.CountDocumentsAsync(new DocumentSearchQuery { Text = "rare OR phone:+15555550177" }));
        Assert.Equal(NewestFirst(i => Rare(i) && i % 2 == 1), await AllAsync("rare -country:US"));
    }

    // A city with few documents leads the plan from the lower(location_raw) index (a misspelt or rare city used to
    // read every document); a common one is tested per document in page order. Same answers either way.
    [Fact]
    public async Task A_rare_city_leads_from_its_index_and_a_common_one_is_read_in_page_order_with_the_same_answers()
    {
        const int n = 4_010;
        var docs = Enumerable.Range(0, n)
            .Select(i => TestDocuments.Make($"ad {i}", title: $"d{i}", posted: TestDocuments.Noon.AddMinutes(i),
                location: i % 400 == 0 ? (i % 800 == 0 ? "FRESNO, CA" : "Fresno") : i % 2 == 0 ? "Houston, TX" : "houston heights"))
            .ToArray();
        await CommitAsync(docs);
        static string[] NewestFirst(Func<int, bool> keep) => [.. Enumerable.Range(0, n).Where(keep).Reverse().Select(i => $"d{i}")];

        var fresno = NewestFirst(i => i % 400 == 0);
        Assert.Equal(fresno, (await Store.SearchDocumentsAsync(new DocumentSearchQuery { City = "fresno" })).Items.Select(d => d.Title));
        Assert.Equal(NewestFirst(i => i % 800 == 0), (await Store.SearchDocumentsAsync(new DocumentSearchQuery { City = "Fresno, C" })).Items.Select(d => d.Title));
        Assert.Equal(fresno.Length, await Store.CountMatchesAsync(new DocumentSearchQuery { City = "FRES" }, cap: 20_000));
        Assert.Empty((await Store.SearchDocumentsAsync(new DocumentSearchQuery { City = "Fresnoo" })).Items);
        Assert.Empty((await Store.SearchDocumentsAsync(new DocumentSearchQuery { City = "fresn%" })).Items);

        // Common: page order, two pages continuing exactly; with a narrow text filter leading instead.
        var houston = NewestFirst(i => i % 400 != 0);
        var first = await Store.SearchDocumentsAsync(new DocumentSearchQuery { City = "houston" });
        var second = await Store.SearchDocumentsAsync(new DocumentSearchQuery { City = "houston", Cursor = first.NextCursor });
        Assert.Equal(houston.Take(100), first.Items.Concat(second.Items).Select(d => d.Title));
        Assert.Equal(houston.Length, await Store.CountMatchesAsync(new DocumentSearchQuery { City = "HOUSTON" }, cap: 20_000));
        Assert.Equal(["d4000"], (await Store.SearchDocumentsAsync(new DocumentSearchQuery { City = "fresno", Text = "4000" })).Items.Select(d => d.Title));

        await using var context = Store.CreateDbContext();
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_documents_location_fold'";
        Assert.Equal(1L, await command.ExecuteScalarAsync());
    }
}
