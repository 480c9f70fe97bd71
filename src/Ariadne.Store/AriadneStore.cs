using Ariadne.Core.Documents;
using Ariadne.Core.Ingest;
using Ariadne.Store.Analysis;
using Ariadne.Store.Banks;
using Ariadne.Store.Ingest;
using Ariadne.Store.Insights;
using Ariadne.Store.Model;
using Ariadne.Store.Postgres;
using Ariadne.Store.Search;
using Ariadne.Store.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store;

/// <summary>
/// The store: open it once per process, then create contexts, ingest sinks and searches from it. Thread-safe;
/// the contexts and sinks it hands out are not (one per unit of work / ingest loop).
/// </summary>
public sealed class AriadneStore : IAsyncDisposable
{
    private readonly StoreBackend _backend;
    private readonly DocumentSearcher _searcher;
    private readonly List<IAsyncDisposable> _sinks = [];
    private readonly Lock _sinksLock = new();

    private AriadneStore(StoreLocation location, StoreBackend backend)
    {
        Location = location;
        _backend = backend;
        _searcher = new DocumentSearcher(backend.Dialect);
    }

    public StoreLocation Location { get; }

    public StoreKind Kind => Location.Kind;

    /// <summary>The engine's own reads and writes, for the repositories.</summary>
    internal StoreBackend Backend => _backend;

    /// <summary>
    /// Opens the store and brings its schema up to date. For SQLite the file and its folder are created when
    /// missing. Throws <see cref="StoreUnavailableException"/> when the server or file cannot be reached.
    /// </summary>
    public static async Task<AriadneStore> OpenAsync(StoreLocation location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        StoreBackend backend = location.Kind == StoreKind.Sqlite
            ? new SqliteBackend(location.Value)
            : new PostgresBackend(location.Value);
        try
        {
            await backend.InitializeAsync(cancellationToken);
        }
        catch
        {
            await backend.DisposeAsync();
            throw;
        }

        return new AriadneStore(location, backend);
    }

    /// <summary>A new EF context (dispose it). Its concrete type is the engine's subclass.</summary>
    public AriadneDbContext CreateDbContext() => _backend.CreateDbContext();

    /// <summary>
    /// A new ingest sink with its own connection, closed when the store is disposed (or earlier, by disposing the
    /// sink as <see cref="IAsyncDisposable"/>).
    /// </summary>
    public IIngestSink CreateIngestSink()
    {
        var sink = _backend.CreateIngestSink();
        lock (_sinksLock)
        {
            _sinks.Add((IAsyncDisposable)sink);
        }

        return sink;
    }

    /// <summary>Analysis results: pending documents per stage, entity mentions.</summary>
    public AnalysisRepository Analysis => new(this);

    /// <summary>Read-only views for the web app: dashboard overview, entity profiles and identifier edges.</summary>
    public InsightRepository Insights => new(this);

    /// <summary>PDQ hashes of stored images and the photo stage's bookkeeping.</summary>
    public ImageHashRepository ImageHashes => new(this);

    /// <summary>Hash banks: named lists of known image hashes (hashes only, never images).</summary>
    public BankRepository Banks => new(this);

    /// <summary>The link stage's storage: text signatures, linking inputs, and writing a run's networks.</summary>
    public Linking.LinkRepository Links => new(this);

    /// <summary>Reading the stored networks: lists, counts, risk, a network's members and edges, hubs.</summary>
    public Linking.NetworkRepository Networks => new(this);

    /// <summary>The web app's import jobs (uploads), kept across restarts.</summary>
    public ImportJobRepository ImportJobs => new(this);

    /// <summary>Risk scores, indicator hits, the review queue and reviewers' decisions.</summary>
    public Scoring.ScoringRepository Scoring => new(this);

    /// <summary>Cases, evidence records and the audit chain.</summary>
    public Cases.CaseRepository Cases => new(this);

    /// <summary>Saved searches and watches per account, their matches, and what the watch stage reads to evaluate them.</summary>
    public Watches.WatchRepository Watches => new(this);

    /// <summary>One page of documents matching the query, newest first (undated last), keyset-paged.</summary>
    public async Task<DocumentSearchPage> SearchDocumentsAsync(DocumentSearchQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await _backend.OpenConnectionAsync(cancellationToken);
        return await _searcher.SearchAsync(connection, query, cancellationToken);
    }

    /// <summary>
    /// How many documents match <paramref name="query"/>, counting at most <paramref name="cap"/> (a page that
    /// shows "10,000+" need not count a million matches); the cursor is ignored.
    /// </summary>
    public async Task<long> CountMatchesAsync(DocumentSearchQuery query, long cap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        await using var connection = await _backend.OpenConnectionAsync(cancellationToken);
        return await _searcher.CountAsync(connection, query, cancellationToken, cap);
    }

    /// <summary>How many documents match the filters of <paramref name="query"/> (all documents when null); the cursor is ignored.</summary>
    public async Task<long> CountDocumentsAsync(DocumentSearchQuery? query = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _backend.OpenConnectionAsync(cancellationToken);
        return await _searcher.CountAsync(connection, query ?? new DocumentSearchQuery(), cancellationToken);
    }

    /// <summary>A document with its images (in order) and raw payload, or null.</summary>
    public async Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await using var context = CreateDbContext();
        return await context.Documents.AsNoTracking()
            .Include(d => d.Images.OrderBy(i => i.Ordinal))
            .FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
    }

    /// <summary>Quarantined records in the order they were written, for one run or all runs.</summary>
    public async Task<IReadOnlyList<QuarantineRecord>> ListQuarantineAsync(string? runId = null, int limit = 100, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = CreateDbContext();
        var query = context.Quarantine.AsNoTracking();
        if (runId is not null)
        {
            query = query.Where(q => q.RunId == runId);
        }

        return await query.OrderBy(q => q.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>The most recent ingest runs, newest first.</summary>
    public async Task<IReadOnlyList<IngestRun>> ListIngestRunsAsync(int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = CreateDbContext();
        return await context.IngestRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAtUtc).ThenByDescending(r => r.Id)
            .Take(limit).ToListAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        IAsyncDisposable[] sinks;
        lock (_sinksLock)
        {
            sinks = [.. _sinks];
            _sinks.Clear();
        }

        foreach (var sink in sinks)
        {
            await sink.DisposeAsync();
        }

        await _backend.DisposeAsync();
    }
}
