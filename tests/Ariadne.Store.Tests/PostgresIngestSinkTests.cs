namespace Ariadne.Store.Tests;

public sealed class PostgresIngestSinkTests : IngestSinkTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
