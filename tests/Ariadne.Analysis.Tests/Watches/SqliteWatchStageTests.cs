using Ariadne.Store;

namespace Ariadne.Analysis.Tests.Watches;

public sealed class SqliteWatchStageTests : WatchStageTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
