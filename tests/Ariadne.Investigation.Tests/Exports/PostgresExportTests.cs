using Ariadne.Store;

namespace Ariadne.Investigation.Tests.Exports;

public sealed class PostgresExportTests : ExportTests
{
    protected override StoreKind Kind => StoreKind.Postgres;
}
