namespace Ariadne.Store.Tests;

public sealed class SqliteHashBankStorageTests : HashBankStorageTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
