namespace Ariadne.Store.Tests;

public sealed class PostgresSearchTests : SearchTests
{
    protected override StoreKind Kind => StoreKind.Postgres;

    [Fact]
    public async Task Accented_words_are_found_as_written()
    {
        await SeedAsync();
        Assert.Equal(["city"], await SearchLabelsAsync("montréal"));
    }
}
