namespace Ariadne.Store.Tests;

public sealed class SqliteWatchStorageTests : WatchStorageTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
