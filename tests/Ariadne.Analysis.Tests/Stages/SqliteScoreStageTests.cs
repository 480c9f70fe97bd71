namespace Ariadne.Analysis.Tests.Stages;

public sealed class SqliteScoreStageTests : ScoreStageTests
{
    protected override Ariadne.Store.StoreKind Kind => Ariadne.Store.StoreKind.Sqlite;
}
