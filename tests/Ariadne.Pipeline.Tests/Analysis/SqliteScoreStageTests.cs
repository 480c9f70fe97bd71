namespace Ariadne.Pipeline.Tests.Analysis;

public sealed class SqliteScoreStageTests : ScoreStageTests
{
    protected override Ariadne.Store.StoreKind Kind => Ariadne.Store.StoreKind.Sqlite;
}
