using Ariadne.Store;

namespace Ariadne.Pipeline.Tests.Analysis;

public sealed class SqliteLinkStageTests : LinkStageTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
