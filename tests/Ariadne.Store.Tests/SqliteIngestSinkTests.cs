namespace Ariadne.Store.Tests;

public sealed class SqliteIngestSinkTests : IngestSinkTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
