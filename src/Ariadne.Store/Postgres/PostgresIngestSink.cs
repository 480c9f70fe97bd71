using Ariadne.Core.Documents;
using Ariadne.Core.Ingest;
using Ariadne.Store.Ingest;
using Npgsql;
using NpgsqlTypes;

namespace Ariadne.Store.Postgres;

/// <summary>
/// The PostgreSQL ingest path. Per batch, in one transaction: binary COPY of documents and images into temp
/// tables, one INSERT ... SELECT ... ON CONFLICT DO NOTHING that moves the new documents (and only their images),
/// binary COPY of quarantine rows, and the checkpoint upsert. Not thread-safe: one sink per ingest loop.
/// </summary>
internal sealed class PostgresIngestSink(NpgsqlDataSource dataSource) : IIngestSink, IAsyncDisposable
{
    private const string DocumentColumns =
        "id, content_sha256, external_id, kind, source, source_url, author_handle, posted_at_raw, posted_at_utc, title, " +
        "body, location_raw, country, language, raw_format, raw_payload, origin_file, origin_line, ingested_at_utc";

    private const string ImageColumns = "document_id, ordinal, reference, sha256, missing_reason";

    // Temp tables live as long as the sink's connection; ON COMMIT DELETE ROWS empties them after every batch.
    private const string CreateTempTablesSql =
        "CREATE TEMP TABLE IF NOT EXISTS ingest_documents (LIKE documents INCLUDING DEFAULTS) ON COMMIT DELETE ROWS; " +
        "CREATE TEMP TABLE IF NOT EXISTS ingest_images (LIKE document_images INCLUDING DEFAULTS) ON COMMIT DELETE ROWS;";

    // Images move only for documents this statement inserted: a duplicate keeps the images it was stored with.
    // DO NOTHING also absorbs duplicates within the batch (the second copy conflicts with the first).
    private const string MergeSql =
        "WITH ins AS (INSERT INTO documents (" + DocumentColumns + ") SELECT " + DocumentColumns +
        " FROM ingest_documents ON CONFLICT DO NOTHING RETURNING id), " +
        "img AS (INSERT INTO document_images (" + ImageColumns + ") SELECT " + ImageColumns +
        " FROM ingest_images WHERE document_id IN (SELECT id FROM ins) ON CONFLICT DO NOTHING) " +
        "SELECT count(*) FROM ins";

    private const string UpsertCheckpointSql =
        "INSERT INTO ingest_file_checkpoints (file_key, path, byte_offset, line, completed, updated_at_utc) " +
        "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (file_key) DO UPDATE SET path = excluded.path, " +
        "byte_offset = excluded.byte_offset, line = excluded.line, completed = excluded.completed, " +
        "updated_at_utc = excluded.updated_at_utc";

    private const string UpsertRunSql =
        "INSERT INTO ingest_runs (id, started_at_utc, finished_at_utc, paths, records_read, documents_added, duplicates, " +
        "quarantined, status) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO UPDATE SET " +
        "finished_at_utc = excluded.finished_at_utc, records_read = excluded.records_read, " +
        "documents_added = excluded.documents_added, duplicates = excluded.duplicates, " +
        "quarantined = excluded.quarantined, status = excluded.status";

    private NpgsqlConnection? _connection;

    public Task StartRunAsync(IngestRun run, CancellationToken cancellationToken) => UpsertRunAsync(run, cancellationToken);

    public Task FinishRunAsync(IngestRun run, CancellationToken cancellationToken) => UpsertRunAsync(run, cancellationToken);

    public async Task<IngestFileCheckpoint?> GetCheckpointAsync(string fileKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(fileKey);
        await using var command = dataSource.CreateCommand(
            "SELECT path, byte_offset, line, completed, updated_at_utc FROM ingest_file_checkpoints WHERE file_key = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = fileKey });
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
            Completed = reader.GetBoolean(3),
            UpdatedAtUtc = reader.GetFieldValue<DateTimeOffset>(4),
        };
    }

    public async Task<BatchCommitResult> CommitBatchAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var connection = await EnsureOpenAsync(cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var inserted = 0;
            if (batch.Documents.Count > 0)
            {
                await CopyDocumentsAsync(connection, batch.Documents, cancellationToken);
                await CopyImagesAsync(connection, batch.Documents, cancellationToken);
                await using var merge = new NpgsqlCommand(MergeSql, connection, transaction);
                inserted = (int)(long)(await merge.ExecuteScalarAsync(cancellationToken))!;
            }

            if (batch.Quarantined.Count > 0)
            {
                await CopyQuarantineAsync(connection, batch.Quarantined, cancellationToken);
            }

            if (batch.Checkpoint is { } checkpoint)
            {
                await using var upsert = new NpgsqlCommand(UpsertCheckpointSql, connection, transaction);
                upsert.Parameters.Add(new NpgsqlParameter { Value = checkpoint.FileKey });
                upsert.Parameters.Add(new NpgsqlParameter { Value = PgText.Clean(checkpoint.Path) });
                upsert.Parameters.Add(new NpgsqlParameter { Value = checkpoint.ByteOffset });
                upsert.Parameters.Add(new NpgsqlParameter { Value = checkpoint.Line });
                upsert.Parameters.Add(new NpgsqlParameter { Value = checkpoint.Completed });
                upsert.Parameters.Add(new NpgsqlParameter { Value = checkpoint.UpdatedAtUtc.ToUniversalTime() });
                await upsert.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return new BatchCommitResult(inserted, batch.Documents.Count - inserted, batch.Quarantined.Count);
        }
        catch
        {
            // A failed COPY or cancelled command can leave the connection unusable; start clean next batch.
            await ResetConnectionAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await ResetConnectionAsync();

    private static async Task CopyDocumentsAsync(NpgsqlConnection connection, List<Document> documents, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY ingest_documents (" + DocumentColumns + ") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var d in documents)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(d.Id, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.ContentSha256, NpgsqlDbType.Text, ct);
            await WriteTextAsync(writer, d.ExternalId, ct);
            await writer.WriteAsync(d.Kind.ToWireName(), NpgsqlDbType.Varchar, ct);
            await WriteTextAsync(writer, d.Source, ct);
            await WriteTextAsync(writer, d.SourceUrl, ct);
            await WriteTextAsync(writer, d.AuthorHandle, ct);
            await WriteTextAsync(writer, d.PostedAtRaw, ct);
            if (d.PostedAtUtc is { } posted)
            {
                await writer.WriteAsync(posted.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            }
            else
            {
                await writer.WriteNullAsync(ct);
            }

            await WriteTextAsync(writer, d.Title, ct);
            await writer.WriteAsync(PgText.Clean(d.Body)!, NpgsqlDbType.Text, ct);
            await WriteTextAsync(writer, d.LocationRaw, ct);
            await WriteTextAsync(writer, d.Country, ct);
            await WriteTextAsync(writer, d.Language, ct);
            await writer.WriteAsync(d.RawFormat, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(d.RawPayload, NpgsqlDbType.Bytea, ct);
            await WriteTextAsync(writer, d.OriginFile, ct);
            await writer.WriteAsync(d.OriginLine, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(d.IngestedAtUtc.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task CopyImagesAsync(NpgsqlConnection connection, List<Document> documents, CancellationToken ct)
    {
        var any = false;
        foreach (var d in documents)
        {
            any |= d.Images.Count > 0;
        }

        if (!any)
        {
            return;
        }

        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY ingest_images (" + ImageColumns + ") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var d in documents)
        {
            foreach (var image in d.Images)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(d.Id, NpgsqlDbType.Text, ct);
                await writer.WriteAsync(image.Ordinal, NpgsqlDbType.Integer, ct);
                await writer.WriteAsync(PgText.Clean(image.Reference)!, NpgsqlDbType.Text, ct);
                await WriteTextAsync(writer, image.Sha256, ct);
                await WriteTextAsync(writer, image.MissingReason, ct);
            }
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task CopyQuarantineAsync(NpgsqlConnection connection, List<QuarantineRecord> records, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY quarantine (run_id, file, line, reason, raw, quarantined_at_utc) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var q in records)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(q.RunId, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(PgText.Clean(q.File)!, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(q.Line, NpgsqlDbType.Bigint, ct);
            await writer.WriteAsync(PgText.Clean(q.Reason)!, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(q.Raw, NpgsqlDbType.Bytea, ct);
            await writer.WriteAsync(q.QuarantinedAtUtc.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task WriteTextAsync(NpgsqlBinaryImporter writer, string? value, CancellationToken ct)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(ct);
        }
        else
        {
            await writer.WriteAsync(PgText.Clean(value)!, NpgsqlDbType.Text, ct);
        }
    }

    private async Task UpsertRunAsync(IngestRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var command = dataSource.CreateCommand(UpsertRunSql);
        command.Parameters.Add(new NpgsqlParameter { Value = run.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = run.StartedAtUtc.ToUniversalTime() });
        command.Parameters.Add(new NpgsqlParameter
        {
            NpgsqlDbType = NpgsqlDbType.TimestampTz,
            Value = run.FinishedAtUtc is { } f ? f.ToUniversalTime() : DBNull.Value,
        });
        command.Parameters.Add(new NpgsqlParameter { Value = PgText.Clean(run.Paths) });
        command.Parameters.Add(new NpgsqlParameter { Value = run.RecordsRead });
        command.Parameters.Add(new NpgsqlParameter { Value = run.DocumentsAdded });
        command.Parameters.Add(new NpgsqlParameter { Value = run.Duplicates });
        command.Parameters.Add(new NpgsqlParameter { Value = run.Quarantined });
        command.Parameters.Add(new NpgsqlParameter { Value = run.Status });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<NpgsqlConnection> EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is not null)
        {
            return _connection;
        }

        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var create = new NpgsqlCommand(CreateTempTablesSql, connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        _connection = connection;
        return connection;
    }

    private async Task ResetConnectionAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }
}
