namespace Ariadne.Store.Tests;

public sealed class PostgresNetworkNameStorageTests : NetworkNameStorageTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
