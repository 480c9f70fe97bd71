using Ariadne.Store;

namespace Ariadne.Analysis.Tests.Watches;

public sealed class PostgresWatchStageTests : WatchStageTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
