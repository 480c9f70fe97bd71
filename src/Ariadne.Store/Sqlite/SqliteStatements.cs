using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ariadne.Store.Sqlite;

/// <summary>Preparing statements on SQLite's native API, with SQLite's own error turned into a <see cref="SqliteException"/>.</summary>
internal static class SqliteStatements
{
    /// <param name="flags">SQLite prepare flags, e.g. <c>SQLITE_PREPARE_PERSISTENT</c> for a statement kept for a whole run.</param>
    public static sqlite3_stmt Prepare(sqlite3 db, string sql, uint flags = 0)
    {
        var rc = raw.sqlite3_prepare_v3(db, sql, flags, out var statement, out _);
        if (rc != raw.SQLITE_OK || statement is null)
        {
            statement?.Dispose();
            SqliteException.ThrowExceptionForRC(rc == raw.SQLITE_OK ? raw.SQLITE_ERROR : rc, db);
            throw new InvalidOperationException("unreachable: the call above throws");
        }

        return statement;
    }
}
