namespace Ariadne.Store.Tests;

public sealed class SqliteInsightTests : InsightTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
