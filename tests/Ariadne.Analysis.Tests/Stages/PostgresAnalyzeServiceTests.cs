using Ariadne.Store;

namespace Ariadne.Analysis.Tests.Stages;

public sealed class PostgresAnalyzeServiceTests : AnalyzeServiceTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
