namespace Ariadne.Investigation.Tests.Cases;

public sealed class PostgresCaseServiceTests : CaseServiceTests
{
    protected override Ariadne.Store.StoreKind Kind => Ariadne.Store.StoreKind.Postgres;
}
