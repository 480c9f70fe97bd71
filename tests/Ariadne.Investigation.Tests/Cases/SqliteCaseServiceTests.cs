namespace Ariadne.Investigation.Tests.Cases;

public sealed class SqliteCaseServiceTests : CaseServiceTests
{
    protected override Ariadne.Store.StoreKind Kind => Ariadne.Store.StoreKind.Sqlite;
}
