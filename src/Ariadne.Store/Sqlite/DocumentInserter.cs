using System.Globalization;
using System.Text;
using Ariadne.Core.Documents;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ariadne.Store.Sqlite;

/// <summary>
/// Inserts documents with prepared multi-row <c>INSERT … ON CONFLICT DO NOTHING</c> statements through the native
/// SQLite API. Why multi-row: the FTS5 trigger's index data is flushed as a new segment at the start of each
/// statement, so rows per statement decides how many segments FTS5 must later merge. Why the native API:
/// Microsoft.Data.Sqlite looks every parameter up by name and encodes every string into a new array on every
/// execution, which cost more than SQLite's own work; here parameters are bound by position from one reused UTF-8
/// buffer (SQLite copies bound values, SQLITE_TRANSIENT).
/// Runs inside the caller's transaction on the caller's connection; not thread-safe.
/// </summary>
internal sealed class DocumentInserter : IDisposable
{
    /// <summary>
    /// Rows per statement: 19 parameters each stays well under SQLite's limit of 32,766, and a few segments per
    /// batch keep FTS5 merging cheap.
    /// </summary>
    public const int RowsPerStatement = 500;

    private const int Columns = 19;

    private const string Prefix =
        "INSERT INTO documents (id, content_sha256, external_id, kind, source, source_url, author_handle, posted_at_raw, " +
        "posted_at_utc, title, body, location_raw, country, language, raw_format, raw_payload, origin_file, origin_line, " +
        "ingested_at_utc) VALUES ";

    private readonly SqliteConnection _connection;
    private readonly Dictionary<int, sqlite3_stmt> _statements = [];
    private byte[] _utf8 = new byte[4096];

    public DocumentInserter(SqliteConnection connection)
    {
        _connection = connection;
    }

    /// <summary>Inserts the documents in order and returns how many were new (the first copy of a hash wins).</summary>
    public int Insert(List<Document> documents, CancellationToken cancellationToken)
    {
        var db = _connection.Handle!;
        var inserted = 0;
        for (var start = 0; start < documents.Count; start += RowsPerStatement)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rows = Math.Min(RowsPerStatement, documents.Count - start);
            var statement = StatementFor(db, rows);
            try
            {
                for (var row = 0; row < rows; row++)
                {
                    Bind(statement, (row * Columns) + 1, documents[start + row]);
                }

                var rc = raw.sqlite3_step(statement);
                if (rc != raw.SQLITE_DONE)
                {
                    SqliteException.ThrowExceptionForRC(rc, db);
                }

                // Counts rows of this statement only, not the FTS rows its trigger wrote.
                inserted += raw.sqlite3_changes(db);
            }
            finally
            {
                // Reset releases the statement's hold on the transaction, whether it succeeded or failed.
                raw.sqlite3_reset(statement);
            }
        }

        return inserted;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values)
        {
            statement.Dispose();
        }

        _statements.Clear();
    }

    private sqlite3_stmt StatementFor(sqlite3 db, int rows)
    {
        if (_statements.TryGetValue(rows, out var statement))
        {
            return statement;
        }

        var sql = new StringBuilder(Prefix, Prefix.Length + (rows * ((Columns * 2) + 3)) + 32);
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < Columns; column++)
            {
                sql.Append(column == 0 ? "?" : ",?");
            }

            sql.Append(')');
        }

        sql.Append(" ON CONFLICT DO NOTHING");
        var prepared = SqliteStatements.Prepare(db, sql.ToString(), raw.SQLITE_PREPARE_PERSISTENT);
        _statements.Add(rows, prepared);
        return prepared;
    }

    private void Bind(sqlite3_stmt statement, int first, Document d)
    {
        BindText(statement, first, d.Id);
        BindText(statement, first + 1, d.ContentSha256);
        BindText(statement, first + 2, d.ExternalId);
        BindText(statement, first + 3, d.Kind.ToWireName());
        BindText(statement, first + 4, d.Source);
        BindText(statement, first + 5, d.SourceUrl);
        BindText(statement, first + 6, d.AuthorHandle);
        BindText(statement, first + 7, d.PostedAtRaw);
        Check(statement, d.PostedAtUtc is { } posted
            ? raw.sqlite3_bind_int64(statement, first + 8, posted.ToUnixTimeMilliseconds())
            : raw.sqlite3_bind_null(statement, first + 8));
        BindText(statement, first + 9, d.Title);
        BindText(statement, first + 10, d.Body);
        BindText(statement, first + 11, d.LocationRaw);
        BindText(statement, first + 12, d.Country);
        BindText(statement, first + 13, d.Language);
        BindText(statement, first + 14, d.RawFormat);
        BindBlob(statement, first + 15, d.RawPayload);
        BindText(statement, first + 16, d.OriginFile);
        Check(statement, raw.sqlite3_bind_int64(statement, first + 17, d.OriginLine));
        Check(statement, raw.sqlite3_bind_int64(statement, first + 18, d.IngestedAtUtc.ToUnixTimeMilliseconds()));
    }

    private void BindText(sqlite3_stmt statement, int index, string? value)
    {
        int rc;
        if (value is null)
        {
            rc = raw.sqlite3_bind_null(statement, index);
        }
        else if (value.Length == 0)
        {
            // A zero-length span pins to a null pointer, which SQLite would store as NULL, not as ''.
            rc = raw.sqlite3_bind_text(statement, index, string.Empty);
        }
        else
        {
            var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (needed > _utf8.Length)
            {
                _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
            }

            var length = Encoding.UTF8.GetBytes(value, _utf8);
            rc = raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, length));
        }

        Check(statement, rc);
    }

    private static void BindBlob(sqlite3_stmt statement, int index, byte[]? value)
    {
        // As for text: an empty array pins to a null pointer, so an empty payload is bound as a zero-length blob.
        var rc = value is null ? raw.sqlite3_bind_null(statement, index)
            : value.Length == 0 ? raw.sqlite3_bind_zeroblob(statement, index, 0)
            : raw.sqlite3_bind_blob(statement, index, value);
        Check(statement, rc);
    }

    private static void Check(sqlite3_stmt statement, int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            throw new InvalidOperationException(string.Create(
                CultureInfo.InvariantCulture,
                $"SQLite rejected a document parameter (code {rc}): {raw.sqlite3_errmsg(raw.sqlite3_db_handle(statement)).utf8_to_string()}"));
        }
    }
}
