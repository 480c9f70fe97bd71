using System.Data.Common;
using Ariadne.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Analysis;

/// <summary>
/// The ids of the documents an analysis stage has not processed at its current version, in id order. When a few
/// new documents join a large SQLite store they are the newest rows, so they are looked for newest first, within
/// the last rows only, stopping when all <c>expected</c> are found: 10,000 new of 1,000,000 cost about 10,000
/// probes instead of the anti-join's walk over every id (≈ 6–7 s per stage at 1M). When they are not all there
/// (an older document is still pending), or on PostgreSQL, the anti-join answers.
/// </summary>
internal static class PendingIds
{
    // How far back from the newest row to look, as a multiple of the documents expected (plus a constant), before
    // the anti-join is cheaper than reading whole rows backwards.
    private const int LookBackFactor = 4;
    private const int LookBackSlack = 1_000;

    public static async Task<List<string>> ListAsync(AriadneStore store, AriadneDbContext context, string stage, int version, long expected, CancellationToken cancellationToken)
    {
        if (expected <= 0)
        {
            return [];
        }

        if (store.Kind == StoreKind.Sqlite && await NewestAsync(context, stage, version, expected, cancellationToken) is { } newest)
        {
            return newest;
        }

        return await context.Documents.AsNoTracking()
            .Where(d => !context.DocumentAnalyses.Any(a => a.DocumentId == d.Id && a.Stage == stage && a.Version == version))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
    }

    private static async Task<List<string>?> NewestAsync(AriadneDbContext context, string stage, int version, long expected, CancellationToken cancellationToken)
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
