using Ariadne.Core.Networks;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Ariadne.Store.Sqlite;

/// <summary>
/// Writes the networks an incremental link run grew (the updated row, the added members and joining edges) with
/// three prepared statements on the connection of the caller's open transaction. Through EF the same rows cost
/// 1.6–2.1 s for 1,400 grown networks at 1M ads (change tracking and one command per row); here they are a bind and
/// a step each (docs/benchmarks.md, "Linking").
/// </summary>
internal sealed class SqliteGrownNetworkWriter : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _update;
    private readonly sqlite3_stmt _member;
    private readonly sqlite3_stmt _edge;

    public SqliteGrownNetworkWriter(SqliteConnection connection)
    {
        _db = connection.Handle!;
        _update = Prepare("UPDATE networks SET label = ?, document_count = ?, first_seen_utc = ?, last_seen_utc = ?, updated_at_utc = ?, summary_json = ? WHERE id = ?");
        _member = Prepare("INSERT INTO network_members (network_id, document_id) VALUES (?, ?)");
        _edge = Prepare("INSERT INTO network_edges (network_id, document_a, document_b, kind, evidence, similarity) VALUES (?, ?, ?, ?, ?, ?)");
    }

    public void Write(Network network, IReadOnlyList<string> addedMembers, IReadOnlyList<NetworkEdge> addedEdges)
    {
        Text(_update, 1, network.Label);
        raw.sqlite3_bind_int(_update, 2, network.DocumentCount);
        Time(_update, 3, network.FirstSeenUtc);
        Time(_update, 4, network.LastSeenUtc);
        Time(_update, 5, network.UpdatedAtUtc);
        Text(_update, 6, network.SummaryJson);
        Text(_update, 7, network.Id);
        Run(_update);
        foreach (var member in addedMembers)
        {
            Text(_member, 1, network.Id);
            Text(_member, 2, member);
            Run(_member);
        }

        foreach (var edge in addedEdges)
        {
            Text(_edge, 1, network.Id);
            Text(_edge, 2, edge.DocumentA);
            Text(_edge, 3, edge.DocumentB);
            Text(_edge, 4, edge.Kind);
            Text(_edge, 5, edge.Evidence);
            raw.sqlite3_bind_double(_edge, 6, edge.Similarity);
            Run(_edge);
        }
    }

    public void Dispose()
    {
        _update.Dispose();
        _member.Dispose();
        _edge.Dispose();
    }

    private static void Text(sqlite3_stmt statement, int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(statement, index);
        }
        else
        {
            raw.sqlite3_bind_text(statement, index, value);
        }
    }

    // The store's SQLite convention: times are Unix milliseconds (docs/data-formats.md, "Store schema").
    private static void Time(sqlite3_stmt statement, int index, DateTimeOffset? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(statement, index);
        }
        else
        {
            raw.sqlite3_bind_int64(statement, index, value.Value.ToUnixTimeMilliseconds());
        }
    }

    private void Run(sqlite3_stmt statement)
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    private sqlite3_stmt Prepare(string sql) => SqliteStatements.Prepare(_db, sql);
}
