using Ariadne.Core.Entities;
using Ariadne.Store.Linking;
using Ariadne.Store.Model;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ariadne.Store.Sqlite;

/// <summary>
/// What the incremental link stage reads of scattered stored documents (time, place, mentions, signature), as
/// point look-ups on prepared statements: tens of thousands of documents spread over a multi-gigabyte store cost
/// one index seek each, without a query plan or an ADO.NET reader per chunk (docs/benchmarks.md, "Linking").
/// </summary>
internal sealed class SqliteLinkSourceReader : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _document;
    private readonly sqlite3_stmt _mentions;
    private readonly sqlite3_stmt _signature;
    private readonly HashSet<EntityType> _types;
    private readonly Dictionary<string, EntityType?> _typeNames = new(StringComparer.Ordinal);

    public SqliteLinkSourceReader(SqliteConnection connection, IEnumerable<EntityType> mentionTypes)
    {
        _db = connection.Handle!;
        _types = [.. mentionTypes];
        _document = Prepare($"SELECT d.posted_at_utc, p.city FROM {StoreSchema.Documents} d LEFT JOIN document_places p ON p.document_id = d.id WHERE d.id = ?");
        _mentions = Prepare($"SELECT type, value FROM entity_mentions WHERE document_id = ? ORDER BY start_offset");
        // One look-up for both: the phrases sit in their own table (narrow signature rows for the probe's scan).
        _signature = Prepare($"SELECT s.signature, s.shingle_count, p.phrases FROM {StoreSchema.TextSignatures} s LEFT JOIN {StoreSchema.TextPhrases} p ON p.document_id = s.document_id WHERE s.document_id = ?");
    }

    /// <summary>The documents among <paramref name="ids"/> that exist, in the order given.</summary>
    public List<LinkSource> Read(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var result = new List<LinkSource>(ids.Count);
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Bind(_document, id);
            if (Step(_document) != raw.SQLITE_ROW)
            {
                raw.sqlite3_reset(_document);
                continue;
            }

            DateTimeOffset? posted = raw.sqlite3_column_type(_document, 0) == raw.SQLITE_NULL
                ? null
                : DateTimeOffset.FromUnixTimeMilliseconds(raw.sqlite3_column_int64(_document, 0));
            var city = Text(_document, 1);
            raw.sqlite3_reset(_document);

            var mentions = new List<(EntityType, string)>();
            Bind(_mentions, id);
            while (Step(_mentions) == raw.SQLITE_ROW)
            {
                if (TypeOf(raw.sqlite3_column_text(_mentions, 0).utf8_to_string()) is { } type && _types.Contains(type))
                {
                    mentions.Add((type, raw.sqlite3_column_text(_mentions, 1).utf8_to_string()));
                }
            }

            raw.sqlite3_reset(_mentions);
            byte[]? signature = null;
            byte[] phrases = [];
            var shingles = 0;
            Bind(_signature, id);
            if (Step(_signature) == raw.SQLITE_ROW)
            {
                signature = raw.sqlite3_column_blob(_signature, 0).ToArray();
                shingles = raw.sqlite3_column_int(_signature, 1);
                phrases = raw.sqlite3_column_blob(_signature, 2).ToArray();
            }

            raw.sqlite3_reset(_signature);
            result.Add(new LinkSource(id, posted, city, mentions, signature, shingles) { Phrases = phrases });
        }

        return result;
    }

    public void Dispose()
    {
        _document.Dispose();
        _mentions.Dispose();
        _signature.Dispose();
    }

    private static string? Text(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

    private EntityType? TypeOf(string name)
    {
        if (!_typeNames.TryGetValue(name, out var type))
        {
            _typeNames[name] = type = Enum.TryParse<EntityType>(name, true, out var parsed) ? parsed : null;
        }

        return type;
    }

    private void Bind(sqlite3_stmt statement, string id)
    {
        var rc = raw.sqlite3_bind_text(statement, 1, id);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private int Step(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        if (rc is not (raw.SQLITE_ROW or raw.SQLITE_DONE))
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return rc;
    }

    private sqlite3_stmt Prepare(string sql) => SqliteStatements.Prepare(_db, sql);
}
