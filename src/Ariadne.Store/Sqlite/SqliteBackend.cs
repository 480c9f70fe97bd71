using System.Data.Common;
using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Store.Ingest;
using Ariadne.Store.Linking;
using Ariadne.Store.Model;
using Ariadne.Store.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Sqlite;

internal sealed class SqliteBackend : StoreBackend
{
    private const string HistoryExistsSql =
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory'";

    private static readonly Lazy<IReadOnlyList<string>> KnownMigrations =
        new(() => MigrationHistory.KnownMigrations(typeof(SqliteAriadneDbContext)));

    private readonly string _fullPath;
    private readonly string _connectionString;
    private readonly DbContextOptions<SqliteAriadneDbContext> _options;

    public SqliteBackend(string path)
    {
        _fullPath = Path.GetFullPath(path);
        _connectionString = SqliteConnections.BuildConnectionString(_fullPath);
        _options = new DbContextOptionsBuilder<SqliteAriadneDbContext>()
            .UseSqlite(_connectionString)
            .AddInterceptors(new SqliteConnections.PragmaInterceptor())
            .Options;
    }

    public override SearchDialect Dialect { get; } = new SqliteSearchDialect();

    public override async Task InitializeAsync(CancellationToken ct)
    {
        try
        {
            var directory = Path.GetDirectoryName(_fullPath);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            // WAL is a property of the file, set once: readers (the web app) never block the ingest writer.
            await using var connection = await SqliteConnections.OpenAsync(_connectionString, ct);
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = SqliteConnections.NewFilePragmas;
                await command.ExecuteNonQueryAsync(ct);
            }

            if (await MigrationHistory.IsUpToDateAsync(connection, KnownMigrations.Value, HistoryExistsSql, ct))
            {
                return;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            throw new StoreUnavailableException($"Cannot open the SQLite store at '{_fullPath}': {ex.Message}", ex);
        }

        await using var context = CreateDbContext();
        await context.Database.MigrateAsync(ct);
    }

    public override AriadneDbContext CreateDbContext() => new SqliteAriadneDbContext(_options);

    public override async Task<DbConnection> OpenConnectionAsync(CancellationToken ct) =>
        await SqliteConnections.OpenAsync(_connectionString, ct);

    public override IIngestSink CreateIngestSink() => new SqliteIngestSink(_connectionString);

    public override async Task<List<LinkSource>> LoadLinkSourcesAsync(AriadneDbContext context, IReadOnlyList<string> sortedIds, IReadOnlyCollection<EntityType> mentionTypes, CancellationToken ct)
    {
        await context.Database.OpenConnectionAsync(ct);
        using var reader = new SqliteLinkSourceReader(ConnectionOf(context), mentionTypes);
        return reader.Read(sortedIds, ct);
    }

    public override async Task<long> ScanSignaturesAsync(AriadneDbContext context, int minShingles, SignatureVisitor visit, SignatureKeeper keep, CancellationToken ct)
    {
        await context.Database.OpenConnectionAsync(ct);
        return SqliteSignatureScan.Run(ConnectionOf(context), minShingles, visit, keep, ct);
    }

    public override Task WriteGrownNetworksAsync(AriadneDbContext context, IReadOnlyList<(Network Network, IReadOnlyList<string> AddedMembers, IReadOnlyList<NetworkEdge> AddedEdges)> grown, CancellationToken ct)
    {
        // EF's own connection, so the rows join the transaction the caller opened on it.
        using var writer = new SqliteGrownNetworkWriter(ConnectionOf(context));
        foreach (var (network, added, edges) in grown)
        {
            ct.ThrowIfCancellationRequested();
            writer.Write(network, added, edges);
        }

        return Task.CompletedTask;
    }

    public override Task<List<string>?> FindPendingShortcutAsync(AriadneDbContext context, string stage, int version, long expected, CancellationToken ct) =>
        SqliteNewestPending.FindAsync(context, stage, version, expected, ct);

    // Nothing to lock: SQLite's write transactions are serial already, and a writer that read a stale chain head
    // collides on the (case, sequence) key and is retried by CaseRepository.AppendAsync.
    public override Task LockCaseForAppendAsync(AriadneDbContext context, string caseId, CancellationToken ct) => Task.CompletedTask;

    public override ValueTask DisposeAsync()
    {
        // Pooled connections keep the file (and its -wal/-shm) open; release them so the file can be moved or deleted.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }

    private static SqliteConnection ConnectionOf(AriadneDbContext context) => (SqliteConnection)context.Database.GetDbConnection();
}
