using Ariadne.Store;
using Xunit.Abstractions;

namespace Ariadne.Analysis.Tests.Stages;

public sealed class PostgresPhotoStageTests(ITestOutputHelper output) : PhotoStageTests(output)
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
