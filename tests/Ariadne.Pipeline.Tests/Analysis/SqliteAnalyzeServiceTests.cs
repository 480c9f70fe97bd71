using Ariadne.Store;

namespace Ariadne.Pipeline.Tests.Analysis;

public sealed class SqliteAnalyzeServiceTests : AnalyzeServiceTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
