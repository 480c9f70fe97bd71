namespace Ariadne.Store.Tests;

public sealed class SqliteDocumentStorageTests : DocumentStorageTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
