namespace Ariadne.Store.Tests;

public sealed class PostgresInsightTests : InsightTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
