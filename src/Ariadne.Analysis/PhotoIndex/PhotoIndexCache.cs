using System.Diagnostics;
using Ariadne.Store;
using Microsoft.Extensions.Logging;

namespace Ariadne.Analysis.PhotoIndex;

/// <summary>
/// One photo index per process for a long-running host (the web app): opened on first use, then refreshed from
/// the store at most every <see cref="RefreshInterval"/> so photos hashed by another process (an import,
/// <c>ariadne analyze</c>) show up. While one caller refreshes, others keep searching the current index.
/// </summary>
public sealed class PhotoIndexCache(AriadneStore store, PhotoIndexOptions options, ILogger<PhotoIndexCache>? logger = null) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PhotoHashIndex? _index;
    private long _refreshedAt;

    /// <summary>Longest time a search may miss rows written since the last refresh.</summary>
    public TimeSpan RefreshInterval { get; init; } = TimeSpan.FromSeconds(15);

    public PhotoIndexOptions Options => options;

    /// <summary>The index, opened or refreshed first when due.</summary>
    public async Task<PhotoHashIndex> GetAsync(CancellationToken cancellationToken = default)
    {
        var current = Volatile.Read(ref _index);
        if (current is not null && Stopwatch.GetElapsedTime(Volatile.Read(ref _refreshedAt)) < RefreshInterval)
        {
            return current;
        }

        // Someone is already refreshing: answer from the index we have rather than wait for the store.
        if (current is not null && !await _gate.WaitAsync(0, cancellationToken))
        {
            return current;
        }

        if (current is null)
        {
            await _gate.WaitAsync(cancellationToken);
        }

        try
        {
            if (_index is null)
            {
                var (opened, _) = await PhotoIndexSync.OpenAsync(store, options, logger, cancellationToken);
                Volatile.Write(ref _index, opened);
            }
            else if (Stopwatch.GetElapsedTime(_refreshedAt) >= RefreshInterval)
            {
                await PhotoIndexSync.RefreshAsync(store, _index, options, logger, cancellationToken);
            }

            Volatile.Write(ref _refreshedAt, Stopwatch.GetTimestamp());
            return _index;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _index?.Dispose();
        _gate.Dispose();
    }
}
