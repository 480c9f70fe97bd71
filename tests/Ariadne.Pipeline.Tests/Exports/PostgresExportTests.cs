using Ariadne.Store;

namespace Ariadne.Pipeline.Tests.Exports;

public sealed class PostgresExportTests : ExportTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
