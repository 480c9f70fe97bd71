namespace Ariadne.Store.Tests;

public sealed class SqliteScoringStorageTests : ScoringStorageTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
