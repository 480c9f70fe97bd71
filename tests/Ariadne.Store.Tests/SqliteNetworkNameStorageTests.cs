namespace Ariadne.Store.Tests;

public sealed class SqliteNetworkNameStorageTests : NetworkNameStorageTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
