using Ariadne.Store;
using Xunit.Abstractions;

namespace Ariadne.Pipeline.Tests.Analysis;

public sealed class PostgresPhotoStageTests(ITestOutputHelper output) : PhotoStageTests(output)
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
