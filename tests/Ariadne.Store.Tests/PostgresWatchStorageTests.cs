namespace Ariadne.Store.Tests;

public sealed class PostgresWatchStorageTests : WatchStorageTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
