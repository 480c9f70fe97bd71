using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Stages;
using Ariadne.Core.Entities;
using Ariadne.Investigation.Search;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Store.Search;
using Ariadne.Testing;

namespace Ariadne.Investigation.Tests.Search;

/// <summary>
/// Search requests (the page's, the API's and the CLI's) over a store ingested and analysed for real: an identifier
/// typed in any format finds what its entity page lists.
/// </summary>
public sealed class IdentifierSearchTests : IAsyncLifetime, IDisposable
{
    private readonly TempDirectory directory = new();
    private AriadneStore store = null!;

    public async Task InitializeAsync()
    {
        string[] lines =
        [
            """{"id":"a1","title":"Sweet Jade","text":"Call 713 555 0171 tonight","location":"Houston, TX","country":"US","posted_at":"2026-03-01T10:00:00Z"}""",
            """{"id":"a2","title":"New in town","text":"(713) 555-0171 new in Montréal, Jade@Example.com","location":"Montréal, QC","country":"CA","posted_at":"2026-03-03T10:00:00Z"}""",
            """{"id":"a3","title":"Again","text":"text 713.555.0171 or +1 713-555-0171","location":"Dallas, TX","country":"US","posted_at":"2026-03-05T10:00:00Z"}""",
            """{"id":"a4","title":"Other","text":"Call 212 555 0199, write jade@example.com","location":"New York, NY","country":"US","posted_at":"2026-03-07T10:00:00Z"}""",
            """{"id":"a5","title":"Spa","text":"relaxing spa in Montreal","location":"Montreal","country":"CA","posted_at":"2026-03-08T10:00:00Z"}""",
        ];
        var file = directory.Combine("ads.jsonl");
        await File.WriteAllTextAsync(file, string.Join('\n', lines) + "\n");
        store = await AriadneStore.OpenAsync(StoreLocation.Sqlite(directory.Combine("ariadne.db")));
        var blobs = directory.Combine("blobs");
        await new IngestService().IngestAsync([file], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(blobs), null, CancellationToken.None);
        await new AnalyzeService().RunAsync(store, new AnalyzeOptions { BlobRoot = blobs }, null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAndDropAsync();
        Dispose();
    }

    public void Dispose() => directory.Dispose();

    [Theory]
    [InlineData("+17135550171")]
    [InlineData("7135550171")]
    [InlineData("+1 713 555 0171")]
    [InlineData("713-555-0171")]
    [InlineData("(713) 555-0171")]
    [InlineData("713.555.0171")]
    public async Task A_phone_in_any_format_finds_what_its_entity_page_lists(string typed)
    {
        var entityPage = await store.CountDocumentsAsync(new DocumentSearchQuery { EntityType = EntityType.Phone, EntityValue = "+17135550171" });
        Assert.Equal(3, entityPage);
        Assert.Equal(entityPage, await CountAsync(new SearchFields(typed, null, null, null, null, null, null, null, null)));
        Assert.Equal(entityPage, await CountAsync(new SearchFields($"phone:\"{typed}\"", null, null, null, null, null, null, null, null)));
        Assert.Equal(entityPage, await CountAsync(new SearchFields(null, null, null, null, null, "phone", typed, null, null)));
        Assert.Equal(2, await CountAsync(new SearchFields(typed + " country:US", null, null, null, null, null, null, null, null)));
    }

    [Fact]
    public async Task Emails_in_any_case_cities_without_accents_and_or_queries()
    {
        Assert.Equal(2, await CountAsync(new SearchFields("JADE@EXAMPLE.COM", null, null, null, null, null, null, null, null)));
        Assert.Equal(2, await CountAsync(new SearchFields(null, null, null, null, null, "email", "Jade@Example.com", null, null)));
        Assert.Equal(2, await CountAsync(new SearchFields(null, null, null, null, null, null, null, "montreal", null)));
        Assert.Equal(2, await CountAsync(new SearchFields("montreal", null, null, null, null, null, null, null, null)));
        Assert.Equal(2, await CountAsync(new SearchFields("spa OR 212-555-0199", null, null, null, null, null, null, null, null)));
        Assert.Equal(4, await CountAsync(new SearchFields("713-555-0171 OR spa", null, null, null, null, null, null, null, null)));
        Assert.Equal(2, await CountAsync(new SearchFields("713-555-0171 -jade@example.com", null, null, null, null, null, null, null, null)));
    }

    [Fact]
    public async Task Refusals_name_the_field_and_the_reason()
    {
        Assert.False(DocumentSearchRequest.TryCreate(new SearchFields(string.Join(' ', Enumerable.Repeat("a*", 1_400)), null, null, null, null, null, null, null, null), 50, out _, out var error));
        Assert.StartsWith("query: the query has", error, StringComparison.Ordinal);
        Assert.False(DocumentSearchRequest.TryCreate(new SearchFields("a* b*", null, null, null, null, null, null, null, null), 50, out _, out error));
        Assert.Contains("prefix", error, StringComparison.Ordinal);
        Assert.False(DocumentSearchRequest.TryCreate(new SearchFields(null, null, null, null, null, "phone", "not a number", null, null), 50, out _, out error));
        Assert.StartsWith("entity value:", error, StringComparison.Ordinal);
        Assert.False(DocumentSearchRequest.TryCreate(new SearchFields(null, null, null, null, null, "handle", "@jade", null, null), 50, out _, out error));
        Assert.Contains("platform", error, StringComparison.Ordinal);
        Assert.False(DocumentSearchRequest.TryCreate(new SearchFields("phone:hello", null, null, null, null, null, null, null, null), 50, out _, out error));
        Assert.Contains("phone", error, StringComparison.Ordinal);
    }

    private async Task<long> CountAsync(SearchFields fields)
    {
        Assert.True(DocumentSearchRequest.TryCreate(fields, 50, out var query, out var error), error);
        var page = await store.SearchDocumentsAsync(query!);
        var count = await store.CountDocumentsAsync(query!);
        Assert.Equal(count, page.Items.Count);
        return count;
    }
}
