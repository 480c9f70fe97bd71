using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ariadne.Store.Sqlite;

/// <summary>Connection settings every SQLite connection of a store gets, whether EF or hand-written SQL opens it.</summary>
internal static class SqliteConnections
{
    // busy_timeout lets a reader or a second writer wait for the ingest transaction instead of failing;
    // synchronous=NORMAL is safe with WAL (a power cut may lose the last commits, never corrupt the file).
    // A 64 MiB page cache (default 2 MiB) keeps the hot index pages of random-key inserts (id, content hash) in
    // memory; it is allocated only as pages are used.
    private const string PerConnectionPragmas =
        "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -65536;";

    /// <summary>
    /// Settings that belong to the file, run once when a store is opened. The page size only acts while the file is
    /// empty (a new store): 16 KiB instead of SQLite's 4 KiB: a document row with its raw payload is about 1 KiB,
    /// so larger pages mean a quarter of the page writes, WAL frames and B-tree splits on ingest (measured: the
    /// document sink without FTS went from 4.6 s to 3.1 s for 100,000 ads; docs/benchmarks.md), while a search page
    /// still reads a handful of pages.
    /// </summary>
    public const string NewFilePragmas = "PRAGMA page_size = 16384; PRAGMA journal_mode = WAL;";

    public static string BuildConnectionString(string fullPath) => new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        ForeignKeys = true,
        DefaultTimeout = 60,
    }.ToString();

    public static async Task<SqliteConnection> OpenAsync(string connectionString, CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(ct);
            ApplyPragmas(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public static void ApplyPragmas(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PerConnectionPragmas;
        command.ExecuteNonQuery();

        // The city filter's fold (Search/SearchFold) is indexed (migration SearchFolding), so every connection that
        // writes documents must know it; it is deterministic, which SQLite requires of functions in an index.
        if (connection is SqliteConnection sqlite)
        {
            sqlite.CreateFunction<string?, string?>(Search.SearchFold.SqlFunction, Search.SearchFold.Fold, isDeterministic: true);
        }
    }

    /// <summary>Applies the pragmas to connections EF opens.</summary>
    public sealed class PragmaInterceptor : DbConnectionInterceptor
    {
        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
            ApplyPragmas(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            ApplyPragmas(connection);
            return Task.CompletedTask;
        }
    }
}
