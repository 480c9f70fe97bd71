namespace Ariadne.Investigation.Tests.Cases;

public sealed class SqliteCaseTimelineBuilderTests : CaseTimelineBuilderTests
{
    protected override Ariadne.Store.StoreKind Kind => Ariadne.Store.StoreKind.Sqlite;
}
