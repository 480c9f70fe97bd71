namespace Ariadne.Analysis.Tests.Stages;

public sealed class PostgresScoreStageTests : ScoreStageTests
{
    protected override Ariadne.Store.StoreKind Kind => Ariadne.Store.StoreKind.Postgres;
}
