using Ariadne.Store;

namespace Ariadne.Analysis.Tests.Stages;

public sealed class SqliteAnalyzeServiceTests : AnalyzeServiceTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
