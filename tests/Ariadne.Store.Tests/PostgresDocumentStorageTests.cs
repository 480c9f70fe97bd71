namespace Ariadne.Store.Tests;

public sealed class PostgresDocumentStorageTests : DocumentStorageTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
