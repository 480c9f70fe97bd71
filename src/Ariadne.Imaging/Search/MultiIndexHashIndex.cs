using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Search;

/// <summary>
/// Exact radius search over 256-bit hashes by multi-index hashing (Norouzi, Punjani, Fleet 2012). The bits are cut
/// into disjoint slots sized for the index (<see cref="MihLayout"/>: at 10M hashes, 11 slots of 23 bits, ten probed
/// within 2 bits and one within 1); by pigeonhole every hash within the radius shares a probed
/// bucket with the query in some slot, and each candidate is verified on all 256 bits.
/// Layout: hashes as one contiguous ulong array (4 words per id); per slot a CSR bucket table (an offsets array of
/// 2^width + 1 ints and one int id per hash, built by counting sort). Hashes added since the last build sit in a
/// small delta list that is scanned linearly; it is folded in when it reaches <see cref="DeltaLimit"/>. Removed ids
/// stay in the tables as tombstones until the next build and are skipped on verification.
/// Ids are dense ints handed out by <see cref="Add"/>; removal frees the id for reuse. Not thread-safe for writes;
/// concurrent searches without writes are safe.
/// </summary>
public sealed class MultiIndexHashIndex
{
    /// <summary>Largest radius this index searches.</summary>
    public const int MaxRadius = 47;

    /// <summary>Hashes added since the last build beyond which the next <see cref="Add"/> rebuilds: bounds the linear delta scan per query (about 0.1 ms).</summary>
    public const int DeltaLimit = 1 << 16;

    internal const byte Free = 0, InTables = 1, InDelta = 2;

    // Hashes by id, 4 words each, and each id's state.
    private ulong[] _words;
    private byte[] _state;
    private readonly Stack<int> _free = new();
    private int _next;

    // The tables from the last build.
    private MihLayout _layout = MihLayout.Choose(0);
    private int[][] _bucketOffsets = [];
    private int[][] _bucketIds = [];
    private int _tombstones;
    private int _tabled;

    // Ids added (or re-used) since the last build.
    private readonly List<int> _delta = [];

    /// <summary>Creates an empty index with room for <paramref name="capacity"/> hashes before it grows.</summary>
    public MultiIndexHashIndex(int capacity = 1024)
        : this(capacity, allocate: true)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
    }

    /// <summary>Number of hashes indexed.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a hash and returns its id.</summary>
    public int Add(PdqHash hash)
    {
        var id = Append(hash);
        if (_delta.Count >= DeltaLimit)
        {
            Build();
        }
        return id;
    }

    /// <summary>Adds many hashes with one table build at the end; returns the id of each, in order.</summary>
    public int[] AddRange(IReadOnlyList<PdqHash> hashes)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        EnsureCapacity(_next + hashes.Count - _free.Count);
        var ids = new int[hashes.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Append(hashes[i]);
        }
        if (_delta.Count > 0)
        {
            Build();
        }
        return ids;
    }

    /// <summary>Removes the hash with this id; false if there is none.</summary>
    public bool Remove(int id)
    {
        if (id < 0 || id >= _next || _state[id] == Free)
        {
            return false;
        }
        if (_state[id] == InDelta)
        {
            var at = _delta.LastIndexOf(id);
            _delta[at] = _delta[^1];
            _delta.RemoveAt(_delta.Count - 1);
        }
        else
        {
            _tombstones++;
        }
        _state[id] = Free;
        _free.Push(id);
        Count--;
        // Tombstones only cost verification time; rebuild once they are a quarter of the tables.
        if (_tombstones > DeltaLimit && _tombstones > _tabled / 4)
        {
            Build();
        }
        return true;
    }

    /// <summary>Every id handed out so far is below this; sizes per-id side tables kept by callers (and snapshots).</summary>
    public int IdLimit => _next;

    /// <summary>The hash stored under an id, if the id is in use.</summary>
    public bool TryGet(int id, out PdqHash hash)
    {
        if (id >= 0 && id < _next && _state[id] != Free)
        {
            hash = new PdqHash(_words[4 * id], _words[(4 * id) + 1], _words[(4 * id) + 2], _words[(4 * id) + 3]);
            return true;
        }
        hash = default;
        return false;
    }

    /// <summary>Hashes added since the last build (scanned linearly by every query until the next build).</summary>
    public int PendingCount => _delta.Count;

    /// <summary>
    /// The index's arrays as they are, without copying, for <see cref="MihSnapshot"/>. Only the first
    /// <see cref="IdLimit"/> ids of <see cref="MihState.Words"/> and <see cref="MihState.States"/> are meaningful.
    /// </summary>
    internal MihState ExportState() => new(
        _words, _state, _next, Count, [.. _free], [.. _delta], _layout.Widths,
        _bucketOffsets, _bucketIds, _tabled, _tombstones);

    /// <summary>An index over arrays read back by <see cref="MihSnapshot"/> (which checked them); takes ownership.</summary>
    internal static MultiIndexHashIndex FromState(MihState state)
    {
        var index = new MultiIndexHashIndex(Math.Max(state.Next, 1), allocate: false)
        {
            _words = state.Words,
            _state = state.States,
            _next = state.Next,
            Count = state.Count,
            _layout = MihLayout.FromWidths(state.Widths),
            _bucketOffsets = state.BucketOffsets,
            _bucketIds = state.BucketIds,
            _tabled = state.Tabled,
            _tombstones = state.Tombstones,
        };
        // Free was saved top first; push it back bottom first so ids are re-used in the same order as before.
        for (var i = state.Free.Length - 1; i >= 0; i--)
        {
            index._free.Push(state.Free[i]);
        }
        index._delta.AddRange(state.Delta);
        return index;
    }

    private MultiIndexHashIndex(int capacity, bool allocate)
    {
        _words = allocate ? new ulong[4 * (long)capacity] : [];
        _state = allocate ? new byte[capacity] : [];
    }

    /// <summary>The hash stored under an id.</summary>
    public PdqHash Get(int id) => id >= 0 && id < _next && _state[id] != Free
        ? new PdqHash(_words[4 * id], _words[(4 * id) + 1], _words[(4 * id) + 2], _words[(4 * id) + 3])
        : throw new KeyNotFoundException($"No hash with id {id}.");

    /// <summary>Folds the delta into the tables and drops tombstones, re-choosing the slot layout for the current size.</summary>
    public void Build() => Build(Count);

    /// <summary>As <see cref="Build()"/>, with the layout chosen as if the index held <paramref name="layoutFor"/> hashes (tests use it to exercise large-index layouts on small data).</summary>
    internal void Build(int layoutFor)
    {
        var ids = new int[Count];
        var n = 0;
        for (var id = 0; id < _next; id++)
        {
            if (_state[id] != Free)
            {
                _state[id] = InTables;
                ids[n++] = id;
            }
        }
        var layout = MihLayout.Choose(layoutFor);
        var offsets = new int[layout.Slots][];
        var tables = new int[layout.Slots][];
        for (var s = 0; s < layout.Slots; s++)
        {
            (offsets[s], tables[s]) = CountingSort(ids, layout.Offsets[s], layout.Widths[s]);
        }
        _layout = layout;
        _bucketOffsets = offsets;
        _bucketIds = tables;
        _tabled = n;
        _tombstones = 0;
        _delta.Clear();
        // A bulk AddRange grew the delta list to the whole batch; keep only what incremental adds can use.
        _delta.Capacity = Math.Min(_delta.Capacity, DeltaLimit);
    }

    // One slot's CSR table: offsets[v]..offsets[v + 1] delimit the ids whose slot value is v, ids ascending.
    private (int[] Offsets, int[] Ids) CountingSort(int[] ids, int bitOffset, int width)
    {
        var offsets = new int[(1 << width) + 1];
        var table = new int[ids.Length];
        var words = _words;
        foreach (var id in ids)
        {
            offsets[Extract(words, 4 * id, bitOffset, width)]++;
        }
        // Exclusive prefix sum: offsets[v] becomes the start of bucket v, used as the write cursor below.
        var running = 0;
        for (var v = 0; v < offsets.Length; v++)
        {
            var c = offsets[v];
            offsets[v] = running;
            running += c;
        }
        foreach (var id in ids)
        {
            table[offsets[Extract(words, 4 * id, bitOffset, width)]++] = id;
        }
        // Each cursor now sits at the end of its bucket, which is the start of the next: shift back by one.
        Array.Copy(offsets, 0, offsets, 1, offsets.Length - 1);
        offsets[0] = 0;
        return (offsets, table);
    }

    /// <summary>Every indexed hash within <paramref name="radius"/> of the query, each exactly once, in no particular order.</summary>
    public void Search(PdqHash query, int radius, List<MihMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(radius, MaxRadius);
        ulong q0 = query.Bits0, q1 = query.Bits1, q2 = query.Bits2, q3 = query.Bits3;
        var words = _words;
        var state = _state;
        if (_tabled > 0)
        {
            SearchTables(query, radius, results);
        }
        foreach (var id in _delta)
        {
            var b = 4 * id;
            var d = BitOperations.PopCount(words[b] ^ q0) + BitOperations.PopCount(words[b + 1] ^ q1)
                + BitOperations.PopCount(words[b + 2] ^ q2) + BitOperations.PopCount(words[b + 3] ^ q3);
            if (d <= radius && state[id] == InDelta)
            {
                results.Add(new MihMatch(id, d));
            }
        }
    }

    private void SearchTables(PdqHash query, int radius, List<MihMatch> results)
    {
        var layout = _layout;
        var slots = layout.Slots;
        Span<int> radii = stackalloc int[slots];
        layout.Radii(radius, radii);
        Span<ulong> q = [query.Bits0, query.Bits1, query.Bits2, query.Bits3];
        Span<uint> qs = stackalloc uint[slots];
        for (var s = 0; s < slots; s++)
        {
            qs[s] = Extract(q, 0, layout.Offsets[s], layout.Widths[s]);
        }
        Span<int> begins = stackalloc int[256];
        Span<int> ends = stackalloc int[256];
        for (var s = 0; s < slots; s++)
        {
            if (radii[s] < 0)
            {
                continue;
            }
            var masks = SlotMasks.UpTo(layout.Widths[s], radii[s]);
            var offsets = _bucketOffsets[s];
            var ids = _bucketIds[s];
            // Probes in batches: first touch every bucket's offsets (independent misses overlap), then every
            // bucket's ids, then every candidate's hash, so the memory system always has many reads in flight.
            for (var m0 = 0; m0 < masks.Length; m0 += begins.Length)
            {
                var batch = Math.Min(begins.Length, masks.Length - m0);
                for (var i = 0; i < batch; i++)
                {
                    Prefetch(offsets, (int)(qs[s] ^ masks[m0 + i]));
                }
                for (var i = 0; i < batch; i++)
                {
                    var v = (int)(qs[s] ^ masks[m0 + i]);
                    begins[i] = offsets[v];
                    ends[i] = offsets[v + 1];
                    if (begins[i] < ends[i])
                    {
                        Prefetch(ids, begins[i]);
                    }
                }
                for (var i = 0; i < batch; i++)
                {
                    for (var k = begins[i]; k < ends[i]; k++)
                    {
                        Prefetch(_words, 4 * ids[k]);
                    }
                }
                for (var i = 0; i < batch; i++)
                {
                    for (var k = begins[i]; k < ends[i]; k++)
                    {
                        Verify(ids[k], q, qs, radius, radii, s, results);
                    }
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Verify(int id, ReadOnlySpan<ulong> q, ReadOnlySpan<uint> qs, int radius, ReadOnlySpan<int> radii, int slot, List<MihMatch> results)
    {
        var words = _words;
        var b = 4 * id;
        var d = BitOperations.PopCount(words[b] ^ q[0]) + BitOperations.PopCount(words[b + 1] ^ q[1])
            + BitOperations.PopCount(words[b + 2] ^ q[2]) + BitOperations.PopCount(words[b + 3] ^ q[3]);
        // Rare (true matches only): skip tombstones and re-used ids, and report each match once, from the first
        // slot whose probe set contains it.
        if (d <= radius && _state[id] == InTables && FirstMatchingSlot(b, qs, radii) == slot)
        {
            results.Add(new MihMatch(id, d));
        }
    }

    private int FirstMatchingSlot(int b, ReadOnlySpan<uint> qs, ReadOnlySpan<int> radii)
    {
        var layout = _layout;
        for (var s = 0; s < layout.Slots; s++)
        {
            if (BitOperations.PopCount(Extract(_words, b, layout.Offsets[s], layout.Widths[s]) ^ qs[s]) <= radii[s])
            {
                return s;
            }
        }
        return -1;
    }

    /// <summary>Brute-force scan, the ground truth the index is tested against.</summary>
    public void SearchLinear(PdqHash query, int radius, List<MihMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        for (var id = 0; id < _next; id++)
        {
            if (_state[id] != Free)
            {
                var d = Get(id).DistanceTo(query);
                if (d <= radius)
                {
                    results.Add(new MihMatch(id, d));
                }
            }
        }
    }

    /// <summary>Managed memory held by the index, in bytes: hash words, id states, bucket offsets and ids, delta.</summary>
    public long ApproximateBytes()
    {
        long bytes = ((long)_words.Length * 8) + _state.Length + ((long)_delta.Capacity * 4) + ((long)_free.Count * 4);
        for (var s = 0; s < _bucketOffsets.Length; s++)
        {
            bytes += 24 + ((long)_bucketOffsets[s].Length * 4) + 24 + ((long)_bucketIds[s].Length * 4);
        }
        return bytes;
    }

    /// <summary>Bits per slot of the current tables (widest first); for diagnostics and the benchmark.</summary>
    public IReadOnlyList<int> SlotWidths => _layout.Widths;

    // Bits [bitOffset, bitOffset + width) of the 256-bit hash stored at words[b..b + 3]; width ≤ 32.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Extract(ReadOnlySpan<ulong> words, int b, int bitOffset, int width)
    {
        int w = bitOffset >> 6, shift = bitOffset & 63;
        var v = words[b + w] >> shift;
        if (shift + width > 64)
        {
            v |= words[b + w + 1] << (64 - shift);
        }
        return (uint)(v & ((1UL << width) - 1));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch<T>(T[] array, int index)
        where T : unmanaged
    {
        if (Sse.IsSupported)
        {
            fixed (T* p = &array[index])
            {
                Sse.Prefetch0(p);
            }
        }
    }

    private int Append(PdqHash hash)
    {
        var id = _free.Count > 0 ? _free.Pop() : _next++;
        EnsureCapacity(id + 1);
        _words[4 * id] = hash.Bits0;
        _words[(4 * id) + 1] = hash.Bits1;
        _words[(4 * id) + 2] = hash.Bits2;
        _words[(4 * id) + 3] = hash.Bits3;
        _state[id] = InDelta;
        _delta.Add(id);
        Count++;
        return id;
    }

    private void EnsureCapacity(int ids)
    {
        if (ids > _state.Length)
        {
            // Double while small; grow by a quarter once large, so slack stays within the 128 bytes a hash.
            var size = Math.Max(ids, _state.Length < (1 << 20) ? _state.Length * 2 : _state.Length + (_state.Length >> 2));
            Array.Resize(ref _state, size);
            Array.Resize(ref _words, size * 4);
        }
    }
}
