using Ariadne.Store;

namespace Ariadne.Pipeline.Tests.Analysis;

public sealed class PostgresLinkStageTests : LinkStageTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
