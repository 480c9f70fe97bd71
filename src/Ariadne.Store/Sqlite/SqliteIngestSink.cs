using Ariadne.Core.Documents;
using Ariadne.Core.Ingest;
using Ariadne.Store.Ingest;
using Microsoft.Data.Sqlite;

namespace Ariadne.Store.Sqlite;

/// <summary>
/// The SQLite ingest path. It bypasses EF: one connection, and one IMMEDIATE transaction per batch holding the
/// documents, their images, the quarantine rows and the checkpoint. Documents go in through multi-row
/// <c>INSERT … VALUES (…), (…) …</c> statements (see <see cref="DocumentInserter"/>), because FTS5 writes its pending
/// index data to disk as a new segment at the start of every statement that touches it: one statement per row made
/// every document its own FTS segment and cost three times as much as everything else in ingest together.
/// Not thread-safe: one sink per ingest loop. Dispose it (or the store) to release the connection.
/// </summary>
internal sealed class SqliteIngestSink(string connectionString) : IIngestSink, IAsyncDisposable
{
    private const string MaxRowidSql = "SELECT coalesce(max(rowid), 0) FROM documents";

    private const string InsertedRowidSql = "SELECT rowid FROM documents WHERE id = $p0";

    private const string InsertImageSql =
        "INSERT INTO document_images (document_id, ordinal, reference, sha256, missing_reason) " +
        "VALUES ($p0, $p1, $p2, $p3, $p4) ON CONFLICT DO NOTHING";

    private const string InsertQuarantineSql =
        "INSERT INTO quarantine (run_id, file, line, reason, raw, quarantined_at_utc) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)";

    private const string UpsertCheckpointSql =
        "INSERT INTO ingest_file_checkpoints (file_key, path, byte_offset, line, completed, updated_at_utc) " +
        "VALUES ($p0, $p1, $p2, $p3, $p4, $p5) ON CONFLICT (file_key) DO UPDATE SET path = excluded.path, " +
        "byte_offset = excluded.byte_offset, line = excluded.line, completed = excluded.completed, " +
        "updated_at_utc = excluded.updated_at_utc";

    private const string UpsertRunSql =
        "INSERT INTO ingest_runs (id, started_at_utc, finished_at_utc, paths, records_read, documents_added, duplicates, " +
        "quarantined, status) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8) ON CONFLICT (id) DO UPDATE SET " +
        "finished_at_utc = excluded.finished_at_utc, records_read = excluded.records_read, " +
        "documents_added = excluded.documents_added, duplicates = excluded.duplicates, " +
        "quarantined = excluded.quarantined, status = excluded.status";

    private SqliteConnection? _connection;
    private DocumentInserter? _insertDocuments;
    private SqliteCommand? _maxRowid;
    private SqliteCommand? _insertedRowid;
    private SqliteCommand? _insertImage;
    private SqliteCommand? _insertQuarantine;
    private SqliteCommand? _upsertCheckpoint;

    public Task StartRunAsync(IngestRun run, CancellationToken cancellationToken) => UpsertRunAsync(run, cancellationToken);

    public Task FinishRunAsync(IngestRun run, CancellationToken cancellationToken) => UpsertRunAsync(run, cancellationToken);

    public async Task<IngestFileCheckpoint?> GetCheckpointAsync(string fileKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileKey);
        var connection = await EnsureOpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT path, byte_offset, line, completed, updated_at_utc FROM ingest_file_checkpoints WHERE file_key = $k";
        command.Parameters.AddWithValue("$k", fileKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new IngestFileCheckpoint
        {
            FileKey = fileKey,
            Path = reader.GetString(0),
            ByteOffset = reader.GetInt64(1),
            Line = reader.GetInt64(2),
            Completed = reader.GetInt64(3) != 0,
            UpdatedAtUtc = DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(4)),
        };
    }

    public async Task<BatchCommitResult> CommitBatchAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var connection = await EnsureOpenAsync(cancellationToken);

        // IMMEDIATE takes the write lock up front, so a concurrent writer waits (busy_timeout) instead of
        // failing half way through the batch.
        using var transaction = connection.BeginTransaction(deferred: false);
        _maxRowid!.Transaction = transaction;
        _insertedRowid!.Transaction = transaction;
        _insertImage!.Transaction = transaction;
        _insertQuarantine!.Transaction = transaction;
        _upsertCheckpoint!.Transaction = transaction;

        var documents = batch.Documents;
        var inserted = 0;
        if (documents.Count > 0)
        {
            // Rowids of a table without INTEGER PRIMARY KEY are max + 1, so every row this transaction inserts (it
            // holds the write lock) has a rowid above this one: that is how the images step tells new from known.
            var rowidBefore = (long)_maxRowid.ExecuteScalar()!;

            // ON CONFLICT DO NOTHING makes a repeated hash (already stored, or earlier in this batch) a no-op: the
            // change count says how many were new.
            inserted = _insertDocuments!.Insert(documents, cancellationToken);
            InsertImages(documents, rowidBefore);
        }

        foreach (var record in batch.Quarantined)
        {
            var p = _insertQuarantine.Parameters;
            p[0].Value = record.RunId;
            p[1].Value = record.File;
            p[2].Value = record.Line;
            p[3].Value = record.Reason;
            p[4].Value = record.Raw;
            p[5].Value = record.QuarantinedAtUtc.ToUnixTimeMilliseconds();
            _insertQuarantine.ExecuteNonQuery();
        }

        if (batch.Checkpoint is { } checkpoint)
        {
            var p = _upsertCheckpoint.Parameters;
            p[0].Value = checkpoint.FileKey;
            p[1].Value = checkpoint.Path;
            p[2].Value = checkpoint.ByteOffset;
            p[3].Value = checkpoint.Line;
            p[4].Value = checkpoint.Completed ? 1L : 0L;
            p[5].Value = checkpoint.UpdatedAtUtc.ToUnixTimeMilliseconds();
            _upsertCheckpoint.ExecuteNonQuery();
        }

        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return new BatchCommitResult(inserted, documents.Count - inserted, batch.Quarantined.Count);
    }

    public async ValueTask DisposeAsync()
    {
        _insertDocuments?.Dispose();
        _insertDocuments = null;
        foreach (var command in new[] { _maxRowid, _insertedRowid, _insertImage, _insertQuarantine, _upsertCheckpoint })
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    private void InsertImages(List<Document> documents, long rowidBefore)
    {
        HashSet<string>? seen = null;
        var lookup = _insertedRowid!.Parameters;
        var p = _insertImage!.Parameters;
        foreach (var document in documents)
        {
            if (document.Images.Count == 0)
            {
                continue;
            }

            // A document's images go in only when this batch inserted it, and only from its first copy in the batch
            // (the one the multi-row insert kept): a duplicate keeps the images it was stored with.
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            if (!seen.Add(document.Id))
            {
                continue;
            }

            lookup[0].Value = document.Id;
            if (_insertedRowid.ExecuteScalar() is not long rowid || rowid <= rowidBefore)
            {
                continue;
            }

            foreach (var image in document.Images)
            {
                // The image row belongs to the document being inserted, whatever DocumentId the caller left on it.
                p[0].Value = document.Id;
                p[1].Value = image.Ordinal;
                p[2].Value = image.Reference;
                p[3].Value = (object?)image.Sha256 ?? DBNull.Value;
                p[4].Value = (object?)image.MissingReason ?? DBNull.Value;
                _insertImage.ExecuteNonQuery();
            }
        }
    }

    private async Task UpsertRunAsync(IngestRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var connection = await EnsureOpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = UpsertRunSql;
        command.Parameters.AddWithValue("$p0", run.Id);
        command.Parameters.AddWithValue("$p1", run.StartedAtUtc.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$p2", run.FinishedAtUtc is { } f ? f.ToUnixTimeMilliseconds() : DBNull.Value);
        command.Parameters.AddWithValue("$p3", run.Paths);
        command.Parameters.AddWithValue("$p4", run.RecordsRead);
        command.Parameters.AddWithValue("$p5", run.DocumentsAdded);
        command.Parameters.AddWithValue("$p6", run.Duplicates);
        command.Parameters.AddWithValue("$p7", run.Quarantined);
        command.Parameters.AddWithValue("$p8", run.Status);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null)
        {
            return _connection;
        }

        var connection = await SqliteConnections.OpenAsync(connectionString, cancellationToken);
        _insertDocuments = new DocumentInserter(connection);
        _maxRowid = Prepare(connection, MaxRowidSql, 0);
        _insertedRowid = Prepare(connection, InsertedRowidSql, 1);
        _insertImage = Prepare(connection, InsertImageSql, 5);
        _insertQuarantine = Prepare(connection, InsertQuarantineSql, 6);
        _upsertCheckpoint = Prepare(connection, UpsertCheckpointSql, 6);
        _connection = connection;
        return connection;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameterCount)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < parameterCount; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }
}
