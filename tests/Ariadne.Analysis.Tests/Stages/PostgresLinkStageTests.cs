using Ariadne.Store;

namespace Ariadne.Analysis.Tests.Stages;

public sealed class PostgresLinkStageTests : LinkStageTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
