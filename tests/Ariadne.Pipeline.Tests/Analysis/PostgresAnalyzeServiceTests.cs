using Ariadne.Store;

namespace Ariadne.Pipeline.Tests.Analysis;

public sealed class PostgresAnalyzeServiceTests : AnalyzeServiceTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
