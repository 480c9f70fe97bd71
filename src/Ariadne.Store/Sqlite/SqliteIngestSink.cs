using Ariadne.Core.Documents;
using Ariadne.Core.Ingest;
using Ariadne.Store.Ingest;
using Microsoft.Data.Sqlite;

namespace Ariadne.Store.Sqlite;

/// <summary>
/// The SQLite ingest path. It bypasses EF: one connection, prepared commands reused for every row, and one
/// IMMEDIATE transaction per batch holding the documents, their images, the quarantine rows and the checkpoint.
/// Not thread-safe: one sink per ingest loop. Dispose it (or the store) to release the connection.
/// </summary>
internal sealed class SqliteIngestSink(string connectionString) : IIngestSink, IAsyncDisposable
{
    private const string InsertDocumentSql =
        "INSERT INTO documents (id, content_sha256, external_id, kind, source, source_url, author_handle, posted_at_raw, " +
        "posted_at_utc, title, body, location_raw, country, language, raw_format, raw_payload, origin_file, origin_line, " +
        "ingested_at_utc) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, " +
        "$p16, $p17, $p18) ON CONFLICT DO NOTHING";

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
    private SqliteCommand? _insertDocument;
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
        _insertDocument!.Transaction = transaction;
        _insertImage!.Transaction = transaction;
        _insertQuarantine!.Transaction = transaction;
        _upsertCheckpoint!.Transaction = transaction;

        var inserted = 0;
        var documents = batch.Documents;
        for (var i = 0; i < documents.Count; i++)
        {
            if ((i & 1023) == 1023)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            // ON CONFLICT DO NOTHING makes a repeated hash (already stored, or earlier in this batch) a no-op:
            // the row count says which happened.
            var document = documents[i];
            BindDocument(_insertDocument.Parameters, document);
            if (_insertDocument.ExecuteNonQuery() == 1)
            {
                inserted++;
                InsertImages(document);
            }
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
        foreach (var command in new[] { _insertDocument, _insertImage, _insertQuarantine, _upsertCheckpoint })
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

    private static void BindDocument(SqliteParameterCollection p, Document d)
    {
        p[0].Value = d.Id;
        p[1].Value = d.ContentSha256;
        p[2].Value = (object?)d.ExternalId ?? DBNull.Value;
        p[3].Value = d.Kind.ToWireName();
        p[4].Value = (object?)d.Source ?? DBNull.Value;
        p[5].Value = (object?)d.SourceUrl ?? DBNull.Value;
        p[6].Value = (object?)d.AuthorHandle ?? DBNull.Value;
        p[7].Value = (object?)d.PostedAtRaw ?? DBNull.Value;
        p[8].Value = d.PostedAtUtc is { } posted ? posted.ToUnixTimeMilliseconds() : DBNull.Value;
        p[9].Value = (object?)d.Title ?? DBNull.Value;
        p[10].Value = d.Body;
        p[11].Value = (object?)d.LocationRaw ?? DBNull.Value;
        p[12].Value = (object?)d.Country ?? DBNull.Value;
        p[13].Value = (object?)d.Language ?? DBNull.Value;
        p[14].Value = d.RawFormat;
        p[15].Value = d.RawPayload;
        p[16].Value = (object?)d.OriginFile ?? DBNull.Value;
        p[17].Value = d.OriginLine;
        p[18].Value = d.IngestedAtUtc.ToUnixTimeMilliseconds();
    }

    private void InsertImages(Document document)
    {
        var p = _insertImage!.Parameters;
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
        _insertDocument = Prepare(connection, InsertDocumentSql, 19);
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
