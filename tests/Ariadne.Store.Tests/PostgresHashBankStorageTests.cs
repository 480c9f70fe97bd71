namespace Ariadne.Store.Tests;

public sealed class PostgresHashBankStorageTests : HashBankStorageTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
