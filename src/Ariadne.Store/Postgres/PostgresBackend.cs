using System.Data.Common;
using System.Net.Sockets;
using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Store.Ingest;
using Ariadne.Store.Linking;
using Ariadne.Store.Model;
using Ariadne.Store.Search;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Ariadne.Store.Postgres;

internal sealed class PostgresBackend : StoreBackend
{
    private const string HistoryExistsSql = "SELECT to_regclass('\"__EFMigrationsHistory\"')::text";

    private static readonly Lazy<IReadOnlyList<string>> KnownMigrations =
        new(() => MigrationHistory.KnownMigrations(typeof(PostgresAriadneDbContext)));

    private readonly NpgsqlConnectionStringBuilder _settings;
    private readonly NpgsqlDataSource _dataSource;
    private readonly DbContextOptions<PostgresAriadneDbContext> _options;

    public PostgresBackend(string connectionString)
    {
        _settings = new NpgsqlConnectionStringBuilder(connectionString);
        _dataSource = new NpgsqlDataSourceBuilder(connectionString).Build();
        _options = new DbContextOptionsBuilder<PostgresAriadneDbContext>().UseNpgsql(_dataSource).Options;
    }

    public override SearchDialect Dialect { get; } = new PostgresSearchDialect();

    public override async Task InitializeAsync(CancellationToken ct)
    {
        try
        {
            if (await IsUpToDateAsync(ct))
            {
                return;
            }

            // MigrateAsync creates the database when it does not exist yet (the user needs CREATEDB for that).
            await using var context = CreateDbContext();
            await context.Database.MigrateAsync(ct);
        }
        catch (Exception ex) when (IsUnavailable(ex))
        {
            throw new StoreUnavailableException(DescribeFailure(ex), ex);
        }
    }

    public override AriadneDbContext CreateDbContext() => new PostgresAriadneDbContext(_options);

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct);

    public override IIngestSink CreateIngestSink() => new PostgresIngestSink(_dataSource);

    public override Task<List<LinkSource>> LoadLinkSourcesAsync(AriadneDbContext context, IReadOnlyList<string> sortedIds, IReadOnlyCollection<EntityType> mentionTypes, CancellationToken ct) =>
        PostgresLinkSourceReader.ReadAsync(context, sortedIds, mentionTypes, ct);

    public override Task<long> ScanSignaturesAsync(AriadneDbContext context, int minShingles, SignatureVisitor visit, SignatureKeeper keep, CancellationToken ct) =>
        PostgresSignatureScan.RunAsync(context, minShingles, visit, keep, ct);

    public override Task WriteGrownNetworksAsync(AriadneDbContext context, IReadOnlyList<(Network Network, IReadOnlyList<string> AddedMembers, IReadOnlyList<NetworkEdge> AddedEdges)> grown, CancellationToken ct) =>
        PostgresGrownNetworkWriter.WriteAsync(context, grown, ct);

    // No rowid to walk back from the newest documents: the anti-join answers.
    public override Task<List<string>?> FindPendingShortcutAsync(AriadneDbContext context, string stage, int version, long expected, CancellationToken ct) =>
        Task.FromResult<List<string>?>(null);

    public override async Task LockCaseForAppendAsync(AriadneDbContext context, string caseId, CancellationToken ct)
    {
        // Writers to one case queue on its row instead of racing for the next sequence number.
        await context.Database.ExecuteSqlRawAsync("SELECT 1 FROM cases WHERE id = {0} FOR UPDATE", [caseId], ct);
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>
    /// The quick check that lets an up-to-date database skip EF's MigrateAsync. A database that does not exist yet
    /// answers false, so MigrateAsync creates it; other failures (server down, bad password) propagate to the
    /// caller's handler, which reports them exactly as it reports MigrateAsync's.
    /// </summary>
    private async Task<bool> IsUpToDateAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(ct);
            return await MigrationHistory.IsUpToDateAsync(connection, KnownMigrations.Value, HistoryExistsSql, ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            return false;
        }
    }

    private static bool IsUnavailable(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Class 28: bad credentials; 3D000: no such database; 57P03: starting up; 53300: too many connections.
                case PostgresException pg:
                    return pg.SqlState.StartsWith("28", StringComparison.Ordinal)
                        || pg.SqlState is "3D000" or "57P03" or "53300" or "42501";
                case NpgsqlException or SocketException or TimeoutException:
                    return true;
            }
        }

        return false;
    }

    private string DescribeFailure(Exception ex)
    {
        // Innermost first: "Connection refused" says more than "Failed to connect".
        var reasons = new List<string>();
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (!string.IsNullOrWhiteSpace(e.Message) && !reasons.Contains(e.Message))
            {
                reasons.Add(e.Message.TrimEnd('.'));
            }
        }

        reasons.Reverse();
        var port = _settings.Port;
        return $"Cannot open the PostgreSQL store at {_settings.Host}:{port} (database '{_settings.Database}', " +
            $"user '{_settings.Username}'): {string.Join("; ", reasons)}. " +
            "Check that the server is running and reachable from this machine, and that the user, password and " +
            "database in the connection string are right.";
    }
}
