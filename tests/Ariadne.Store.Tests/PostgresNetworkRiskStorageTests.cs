namespace Ariadne.Store.Tests;

public sealed class PostgresNetworkRiskStorageTests : NetworkRiskStorageTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
