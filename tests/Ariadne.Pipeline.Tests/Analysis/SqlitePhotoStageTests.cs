using Ariadne.Store;
using Xunit.Abstractions;

namespace Ariadne.Pipeline.Tests.Analysis;

public sealed class SqlitePhotoStageTests(ITestOutputHelper output) : PhotoStageTests(output)
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
