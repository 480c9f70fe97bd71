using System.Data.Common;
using Ariadne.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Sqlite;

/// <summary>
/// SQLite's shortcut for the documents an analysis stage has not processed. When a few new documents join a large
/// SQLite store they are the newest rows, so they are looked for newest first, within the last rows only, stopping
/// when all <c>expected</c> are found: 10,000 new of 1,000,000 cost about 10,000 probes instead of the anti-join's
/// walk over every id (≈ 6–7 s per stage at 1M). When they are not all there (an older document is still pending),
/// the caller's anti-join answers.
/// </summary>
internal static class SqliteNewestPending
{
    // How far back from the newest row to look, as a multiple of the documents expected (plus a constant), before
    // the anti-join is cheaper than reading whole rows backwards.
    private const int LookBackFactor = 4;
    private const int LookBackSlack = 1_000;

    /// <summary>The pending ids in id order, or null when fewer than <paramref name="expected"/> are among the newest rows.</summary>
    public static async Task<List<string>?> FindAsync(AriadneDbContext context, string stage, int version, long expected, CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await context.Database.OpenConnectionAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT d.id FROM " + StoreSchema.Documents + " d " +
            "WHERE d.rowid > (SELECT coalesce(max(rowid), 0) FROM " + StoreSchema.Documents + ") - $window " +
            "AND NOT EXISTS (SELECT 1 FROM document_analysis a WHERE a.document_id = d.id AND a.stage = $stage AND a.version = $version) " +
            "ORDER BY d.rowid DESC LIMIT $expected";
        Add(command, "$window", (expected * LookBackFactor) + LookBackSlack);
        Add(command, "$stage", stage);
        Add(command, "$version", version);
        Add(command, "$expected", expected);
        var ids = new List<string>((int)Math.Min(expected, 1_000_000));
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
        }

        if (ids.Count < expected)
        {
            return null;
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
