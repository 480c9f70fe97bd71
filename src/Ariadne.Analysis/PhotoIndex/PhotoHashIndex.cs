using System.Text.Json;
using Ariadne.Core.Imaging;
using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;

namespace Ariadne.Analysis.PhotoIndex;

/// <summary>
/// The store's image hashes in a <see cref="MultiIndexHashIndex"/>, each id labelled with its blob, plus the
/// watermark of the store rows it has seen. Opened and kept up to date by <see cref="PhotoIndexSync"/>, saved as a
/// <see cref="MihSnapshot"/>. Searches may run concurrently with each other and with updates (a reader-writer lock:
/// updates hold the write side only while touching memory, never while querying the store).
/// </summary>
public sealed class PhotoHashIndex : IDisposable
{
    private static readonly JsonSerializerOptions ManifestJson = new(JsonSerializerDefaults.Web);
    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly MultiIndexHashIndex _index;
    private ulong[] _keys;

    private PhotoHashIndex(MultiIndexHashIndex index, ulong[] keys, DateTimeOffset watermarkUtc, int minimumQuality)
    {
        _index = index;
        _keys = keys;
        WatermarkUtc = watermarkUtc;
        MinimumQuality = minimumQuality;
    }

    /// <summary>Hashes indexed.</summary>
    public int Count
    {
        get
        {
            _lock.EnterReadLock();
            try
            {
                return _index.Count;
            }
            finally
            {
                _lock.ExitReadLock();
            }
        }
    }

    public int MinimumQuality { get; }

    /// <summary>The latest <c>hashed_at_utc</c> of the store rows seen so far.</summary>
    public DateTimeOffset WatermarkUtc { get; private set; }

    /// <summary>Hashes added or removed since the snapshot was last written (or loaded).</summary>
    internal int ChangesSinceSave { get; private set; }

    /// <summary>Blobs whose hash is within <paramref name="radius"/> of the query, added to <paramref name="blobs"/> (lower-case hex).</summary>
    public void Search(PdqHash query, int radius, ICollection<string> blobs)
    {
        ArgumentNullException.ThrowIfNull(blobs);
        var matches = new List<MihMatch>();
        _lock.EnterReadLock();
        try
        {
            _index.Search(query, radius, matches);
            foreach (var match in matches)
            {
                blobs.Add(BlobKey.At(_keys, match.Id).ToString());
            }
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>An index of these rows (all assumed to pass the quality floor), built in one go.</summary>
    internal static PhotoHashIndex Build(IReadOnlyList<ImageHash> rows, int minimumQuality)
    {
        var index = new PhotoHashIndex(new MultiIndexHashIndex(Math.Max(rows.Count, 1)), [], DateTimeOffset.MinValue, minimumQuality);
        index.AddMissing(rows, knownAbsent: true);
        index.ChangesSinceSave = 0;
        return index;
    }

    /// <summary>
    /// Adds the rows not indexed yet (same blob and hash) in one batch, so a large catch-up builds the tables once,
    /// and moves the watermark to the latest row. Returns how many were added.
    /// </summary>
    internal int AddMissing(IReadOnlyList<ImageHash> rows, bool knownAbsent = false)
    {
        var hashes = new List<PdqHash>();
        var keys = new List<BlobKey>();
        var watermark = WatermarkUtc;
        _lock.EnterWriteLock();
        try
        {
            var seen = new HashSet<BlobKey>();
            var matches = new List<MihMatch>();
            foreach (var row in rows)
            {
                if (row.HashedAtUtc > watermark)
                {
                    watermark = row.HashedAtUtc;
                }
                if (row.Quality < MinimumQuality || !PdqHash.TryParse(row.Pdq, out var hash) || !BlobKey.TryParse(row.BlobSha256, out var key))
                {
                    continue;
                }
                // Store rows are unique by blob; the set only guards a caller passing one twice, and holds just the new ones.
                if (!knownAbsent && (Contains(key, hash, matches) || !seen.Add(key)))
                {
                    continue;
                }
                hashes.Add(hash);
                keys.Add(key);
            }

            if (hashes.Count > 0)
            {
                var ids = _index.AddRange(hashes);
                if (_keys.Length < 4L * _index.IdLimit)
                {
                    Array.Resize(ref _keys, (int)Math.Min(Array.MaxLength, 4L * Math.Max(_index.IdLimit, _keys.Length / 4 * 5 / 4)));
                }
                for (var i = 0; i < ids.Length; i++)
                {
                    keys[i].WriteTo(_keys, ids[i]);
                }
            }
            WatermarkUtc = watermark;
            ChangesSinceSave += hashes.Count;
            return hashes.Count;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes every hash whose blob is not among <paramref name="present"/> (sorted ascending); returns how many.</summary>
    internal int RemoveAbsent(BlobKey[] present)
    {
        _lock.EnterWriteLock();
        try
        {
            var removed = 0;
            for (var id = 0; id < _index.IdLimit; id++)
            {
                if (_index.TryGet(id, out _) && Array.BinarySearch(present, BlobKey.At(_keys, id)) < 0)
                {
                    _index.Remove(id);
                    removed++;
                }
            }
            ChangesSinceSave += removed;
            return removed;
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    // The same blob with the same hash is already indexed: an exact (radius 0) search, then a key comparison.
    private bool Contains(BlobKey key, PdqHash hash, List<MihMatch> matches)
    {
        matches.Clear();
        _index.Search(hash, 0, matches);
        foreach (var match in matches)
        {
            if (BlobKey.At(_keys, match.Id) == key)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Writes the snapshot (atomically replacing the old one); searches may continue meanwhile.</summary>
    internal void Save(string path)
    {
        _lock.EnterReadLock();
        try
        {
            var manifest = new PhotoIndexManifest
            {
                MinimumQuality = MinimumQuality,
                WatermarkUtc = WatermarkUtc,
                Count = _index.Count,
                SavedAtUtc = DateTimeOffset.UtcNow,
            };
            var keys = _keys.AsSpan(0, 4 * _index.IdLimit);
            // An empty span means "no keys" to the snapshot; an index that never held a hash has nothing to label.
            MihSnapshot.Save(path, _index, _index.IdLimit == 0 ? [] : keys, JsonSerializer.Serialize(manifest, ManifestJson));
        }
        finally
        {
            _lock.ExitReadLock();
        }
        ChangesSinceSave = 0;
    }

    /// <summary>Reads a snapshot written by <see cref="Save"/> for the same quality floor; otherwise says why not.</summary>
    internal static (PhotoHashIndex? Index, string? Error) Load(string path, int minimumQuality)
    {
        var loaded = MihSnapshot.Load(path);
        if (!loaded.Succeeded)
        {
            return (null, loaded.Error);
        }

        PhotoIndexManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<PhotoIndexManifest>(loaded.Manifest, ManifestJson);
        }
        catch (JsonException)
        {
            manifest = null;
        }

        var index = loaded.Index!;
        if (manifest is null || manifest.Kind != PhotoIndexManifest.CurrentKind || manifest.Count != index.Count)
        {
            return (null, "snapshot manifest is not a photo index's (corrupt or foreign file)");
        }
        if (manifest.MinimumQuality != minimumQuality)
        {
            return (null, $"snapshot holds hashes of quality ≥ {manifest.MinimumQuality}, wanted ≥ {minimumQuality}");
        }
        if (index.IdLimit > 0 && loaded.Keys.Length != 4L * index.IdLimit)
        {
            return (null, "snapshot has no blob keys (foreign file)");
        }

        return (new PhotoHashIndex(index, loaded.Keys, manifest.WatermarkUtc, minimumQuality), null);
    }

    public void Dispose() => _lock.Dispose();
}
