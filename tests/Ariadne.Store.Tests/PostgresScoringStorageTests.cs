namespace Ariadne.Store.Tests;

public sealed class PostgresScoringStorageTests : ScoringStorageTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
