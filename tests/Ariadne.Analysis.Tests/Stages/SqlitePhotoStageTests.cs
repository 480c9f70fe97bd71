using Ariadne.Store;
using Xunit.Abstractions;

namespace Ariadne.Analysis.Tests.Stages;

public sealed class SqlitePhotoStageTests(ITestOutputHelper output) : PhotoStageTests(output)
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
