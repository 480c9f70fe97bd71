using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ariadne.Store.Model;

/// <summary>
/// Answers "is this store's schema up to date?" with one plain query, without EF. Building the EF model and its
/// migrator costs 1.5–2 s of a cold process (measured in docs/benchmarks.md), which is most of a short
/// <c>ariadne ingest</c>; when every migration this build knows is already in <c>__EFMigrationsHistory</c>,
/// MigrateAsync would do nothing, so opening the store can skip it. Any doubt (no history table, a missing id, an
/// error) answers "no", and the caller runs EF's MigrateAsync as before. A history that holds none of the known ids
/// is a store made before the migrations were squashed (0.x), which no migration can bring up to date.
/// </summary>
internal static class MigrationHistory
{
    /// <summary>The ids of the migrations compiled into this assembly for <paramref name="contextType"/>.</summary>
    public static IReadOnlyList<string> KnownMigrations(Type contextType)
    {
        // The same attributes EF's own migrations assembly reads to find them.
        var ids = new List<string>();
        foreach (var type in typeof(MigrationHistory).Assembly.GetTypes())
        {
            if (type.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType
                && type.GetCustomAttribute<MigrationAttribute>() is { } migration)
            {
                ids.Add(migration.Id);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }

    /// <summary>
    /// True when every id in <paramref name="known"/> is recorded as applied. <paramref name="historyExistsSql"/>
    /// returns a row when the history table exists (engine-specific catalog query).
    /// </summary>
    public static async Task<bool> IsUpToDateAsync(DbConnection connection, IReadOnlyList<string> known, string historyExistsSql, CancellationToken ct)
    {
        if (known.Count == 0)
        {
            return false;
        }

        await using (var exists = connection.CreateCommand())
        {
            exists.CommandText = historyExistsSql;
            if (await exists.ExecuteScalarAsync(ct) is null or DBNull)
            {
                return false;
            }
        }

        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\"";
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied.Add(reader.GetString(0));
        }

        if (applied.Count > 0 && !known.Any(applied.Contains))
        {
            // EF would try to create every table again and stop at the first one with "already exists".
            throw new StoreUnavailableException(
                "this store was created by an older Ariadne, before the database migrations were squashed into one; " +
                "it cannot be upgraded: use a new store (a new SQLite file or PostgreSQL database) and ingest the source files again");
        }

        foreach (var id in known)
        {
            if (!applied.Contains(id))
            {
                return false;
            }
        }

        return true;
    }
}
