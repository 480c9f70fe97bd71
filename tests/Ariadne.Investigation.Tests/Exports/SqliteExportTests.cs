using Ariadne.Store;

namespace Ariadne.Investigation.Tests.Exports;

public sealed class SqliteExportTests : ExportTests
{
    protected override StoreKind Kind => StoreKind.Sqlite;
}
