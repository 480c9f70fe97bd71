using Ariadne.Store.Linking;
using Ariadne.Store.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ariadne.Store.Sqlite;

/// <summary>
/// The incremental link stage's scan of every stored text signature, on SQLite's own statement API: the blob is
/// handed over as a span of SQLite's row buffer, with no ADO.NET reader per row. At a million signatures that is
/// 0.2 s instead of 1.0 s (measured in docs/benchmarks.md, "Linking").
/// </summary>
internal static class SqliteSignatureScan
{
    public static long Run(SqliteConnection connection, int minShingles, SignatureVisitor visit, SignatureKeeper keep, CancellationToken cancellationToken)
    {
        var db = connection.Handle!;
        var statement = SqliteStatements.Prepare(db, $"SELECT document_id, signature FROM {StoreSchema.TextSignatures} WHERE shingle_count >= ?");
        using (statement)
        {
            raw.sqlite3_bind_int(statement, 1, minShingles);
            long rows = 0;
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                if ((++rows & 0x3FFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                var signature = raw.sqlite3_column_blob(statement, 1);
                if (visit(signature))
                {
                    keep(raw.sqlite3_column_text(statement, 0).utf8_to_string(), signature);
                }
            }

            if (rc != raw.SQLITE_DONE)
            {
                SqliteException.ThrowExceptionForRC(rc, db);
            }

            return rows;
        }
    }
}
