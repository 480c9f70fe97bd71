using System.Data.Common;
using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Store.Ingest;
using Ariadne.Store.Linking;
using Ariadne.Store.Model;
using Ariadne.Store.Search;

namespace Ariadne.Store;

/// <summary>
/// What differs between engines behind <see cref="AriadneStore"/>: connections, contexts, sinks, search SQL, and
/// the reads and writes one engine does its own way. Repositories call these members instead of asking which
/// engine they run on, so each engine's code lives in its own folder (Sqlite/, Postgres/).
/// </summary>
internal abstract class StoreBackend : IAsyncDisposable
{
    public abstract SearchDialect Dialect { get; }

    /// <summary>Makes the database ready: creates it if needed and applies migrations.</summary>
    public abstract Task InitializeAsync(CancellationToken ct);

    public abstract AriadneDbContext CreateDbContext();

    public abstract Task<DbConnection> OpenConnectionAsync(CancellationToken ct);

    public abstract IIngestSink CreateIngestSink();

    /// <summary>
    /// What linking needs of these documents (time, place, mentions of <paramref name="mentionTypes"/> in text
    /// order, signature, phrases), in the order of <paramref name="sortedIds"/> (ordinal); ids not stored are absent.
    /// </summary>
    public abstract Task<List<LinkSource>> LoadLinkSourcesAsync(AriadneDbContext context, IReadOnlyList<string> sortedIds, IReadOnlyCollection<EntityType> mentionTypes, CancellationToken ct);

    /// <summary>
    /// Reads the signature of every document with at least <paramref name="minShingles"/> shingles once, hands
    /// <paramref name="visit"/> each one and <paramref name="keep"/> the id of those it wants; returns the rows read.
    /// </summary>
    public abstract Task<long> ScanSignaturesAsync(AriadneDbContext context, int minShingles, SignatureVisitor visit, SignatureKeeper keep, CancellationToken ct);

    /// <summary>
    /// Writes networks an incremental run grew (the updated row, the added members and edges) on the context's
    /// connection, inside the transaction the caller has open on it.
    /// </summary>
    public abstract Task WriteGrownNetworksAsync(AriadneDbContext context, IReadOnlyList<(Network Network, IReadOnlyList<string> AddedMembers, IReadOnlyList<NetworkEdge> AddedEdges)> grown, CancellationToken ct);

    /// <summary>
    /// The documents a stage has not processed at <paramref name="version"/>, found by a shortcut cheaper than the
    /// anti-join when exactly <paramref name="expected"/> are pending, in id order; null when the engine has no
    /// shortcut or it did not find them all (the caller then runs the anti-join).
    /// </summary>
    public abstract Task<List<string>?> FindPendingShortcutAsync(AriadneDbContext context, string stage, int version, long expected, CancellationToken ct);

    /// <summary>
    /// Called first in the transaction that appends to a case's audit chain, so an engine that can queue the
    /// writers of one case does so instead of letting them race for the next sequence number.
    /// </summary>
    public abstract Task LockCaseForAppendAsync(AriadneDbContext context, string caseId, CancellationToken ct);

    public abstract ValueTask DisposeAsync();
}
