namespace Ariadne.Store.Tests;

public sealed class SqliteNetworkRiskStorageTests : NetworkRiskStorageTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
