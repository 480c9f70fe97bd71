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
}
