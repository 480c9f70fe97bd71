namespace Ariadne.Investigation.Tests.Cases;

public sealed class PostgresCaseTimelineBuilderTests : CaseTimelineBuilderTests
{
    protected override Ariadne.Store.StoreKind Kind => Ariadne.Store.StoreKind.Postgres;
}
