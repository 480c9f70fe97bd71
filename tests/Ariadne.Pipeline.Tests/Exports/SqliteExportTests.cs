using Ariadne.Store;

namespace Ariadne.Pipeline.Tests.Exports;

public sealed class SqliteExportTests : ExportTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
