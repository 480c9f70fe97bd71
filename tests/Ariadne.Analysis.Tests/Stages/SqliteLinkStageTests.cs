using Ariadne.Store;

namespace Ariadne.Analysis.Tests.Stages;

public sealed class SqliteLinkStageTests : LinkStageTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
