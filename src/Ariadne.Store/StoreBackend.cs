using System.Data.Common;
using Ariadne.Store.Ingest;
using Ariadne.Store.Model;
using Ariadne.Store.Search;

namespace Ariadne.Store;

/// <summary>What differs between engines behind <see cref="AriadneStore"/>: connections, contexts, sinks, search SQL.</summary>
internal abstract class StoreBackend : IAsyncDisposable
{
    public abstract SearchDialect Dialect { get; }

    /// <summary>Makes the database ready: creates it if needed and applies migrations.</summary>
    public abstract Task InitializeAsync(CancellationToken ct);

    public abstract AriadneDbContext CreateDbContext();

    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken ct);

    public abstract IIngestSink CreateIngestSink();

    public abstract ValueTask DisposeAsync();
}
