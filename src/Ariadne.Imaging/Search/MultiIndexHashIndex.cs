using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Ariadne.Imaging.Pdq;

namespace Ariadne.Imaging.Search;

/// <summary>
/// Exact radius search over 256-bit hashes by multi-index hashing (Norouzi, Punjani, Fleet 2012), laid out as the
/// reference tunes it: 16 slots of 16 bits. Pigeonhole: if two hashes are within distance r, at least one of the
/// 16 slots differs by at most ⌊r/16⌋ bits, so probing every slot value within that radius finds every true match;
/// each candidate is then checked on the full 256 bits. For the standard threshold r = 31 that is 17 probes a slot.
/// Memory: 32 bytes a hash plus 4 bytes × 16 slot postings = 96 bytes a hash (plus per-bucket array headers).
/// Ids are dense ints handed out by <see cref="Add"/>; removal frees the id for reuse. Not thread-safe for writes;
/// concurrent searches without writes are safe.
/// </summary>
public sealed class MultiIndexHashIndex
{
    private const int Slots = 16;
    private const int Buckets = 1 << 16;

    // Hashes by id, 4 words each; a removed id is marked in _live and pushed on _free.
    private ulong[] _words;
    private bool[] _live;
    private readonly Stack<int> _free = new();
    private int _next;

    // _postings[slot * Buckets + value] lists the ids whose slot `slot` equals `value`.
    private readonly int[]?[] _postings = new int[]?[Slots * Buckets];
    private readonly int[] _counts = new int[Slots * Buckets];

    /// <summary>Creates an empty index with room for <paramref name="capacity"/> hashes before it grows.</summary>
    public MultiIndexHashIndex(int capacity = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _words = new ulong[4 * capacity];
        _live = new bool[capacity];
    }

    /// <summary>Number of hashes indexed.</summary>
    public int Count { get; private set; }

    /// <summary>Largest radius this index searches; ⌊r/16⌋ ≤ 2 keeps probing bounded (137 probes a slot).</summary>
    public const int MaxRadius = 47;

    /// <summary>Adds a hash and returns its id.</summary>
    public int Add(PdqHash hash)
    {
        var id = _free.Count > 0 ? _free.Pop() : _next++;
        EnsureCapacity(id + 1);
        _words[4 * id] = hash.Bits0;
        _words[(4 * id) + 1] = hash.Bits1;
        _words[(4 * id) + 2] = hash.Bits2;
        _words[(4 * id) + 3] = hash.Bits3;
        _live[id] = true;
        for (var s = 0; s < Slots; s++)
        {
            var key = (s * Buckets) + hash.Word16(s);
            var list = _postings[key];
            var n = _counts[key];
            if (list is null || n == list.Length)
            {
                // Grow by half: keeps the slack (and so bytes a hash) low at 10M entries.
                Array.Resize(ref list, Math.Max(4, n + (n >> 1)));
                _postings[key] = list;
            }
            list[n] = id;
            _counts[key] = n + 1;
        }
        Count++;
        return id;
    }

    /// <summary>Removes the hash with this id; false if there is none.</summary>
    public bool Remove(int id)
    {
        if (id < 0 || id >= _next || !_live[id])
        {
            return false;
        }
        var hash = Get(id);
        for (var s = 0; s < Slots; s++)
        {
            var key = (s * Buckets) + hash.Word16(s);
            var list = _postings[key]!;
            var n = _counts[key];
            var at = Array.IndexOf(list, id, 0, n);
            list[at] = list[n - 1];
            _counts[key] = n - 1;
        }
        _live[id] = false;
        _free.Push(id);
        Count--;
        return true;
    }

    /// <summary>The hash stored under an id.</summary>
    public PdqHash Get(int id) => _live[id]
        ? new PdqHash(_words[4 * id], _words[(4 * id) + 1], _words[(4 * id) + 2], _words[(4 * id) + 3])
        : throw new KeyNotFoundException($"No hash with id {id}.");

    /// <summary>Every indexed hash within <paramref name="radius"/> of the query, each exactly once, in no particular order.</summary>
    public void Search(PdqHash query, int radius, List<MihMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(radius, MaxRadius);
        var slotRadius = radius / Slots;
        var masks = SlotMasks.UpTo(slotRadius);
        Span<ushort> q = stackalloc ushort[Slots];
        for (var s = 0; s < Slots; s++)
        {
            q[s] = query.Word16(s);
        }
        ulong q0 = query.Bits0, q1 = query.Bits1, q2 = query.Bits2, q3 = query.Bits3;
        var words = _words;
        for (var s = 0; s < Slots; s++)
        {
            foreach (var mask in masks)
            {
                var key = (s * Buckets) + (q[s] ^ mask);
                var list = _postings[key];
                if (list is null)
                {
                    continue;
                }
                var n = _counts[key];
                for (var i = 0; i < n; i++)
                {
                    if (Sse.IsSupported && i + 8 < n)
                    {
                        Prefetch(words, list[i + 8]);
                    }
                    var id = list[i];
                    var b = 4 * id;
                    var d = BitOperations.PopCount(words[b] ^ q0) + BitOperations.PopCount(words[b + 1] ^ q1)
                        + BitOperations.PopCount(words[b + 2] ^ q2) + BitOperations.PopCount(words[b + 3] ^ q3);
                    // Report each match once: only from the first slot whose probe set contains it.
                    if (d <= radius && FirstMatchingSlot(words, b, q, slotRadius) == s)
                    {
                        results.Add(new MihMatch(id, d));
                    }
                }
            }
        }
    }

    /// <summary>Brute-force scan, the ground truth the index is tested against.</summary>
    public void SearchLinear(PdqHash query, int radius, List<MihMatch> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        for (var id = 0; id < _next; id++)
        {
            if (_live[id])
            {
                var d = Get(id).DistanceTo(query);
                if (d <= radius)
                {
                    results.Add(new MihMatch(id, d));
                }
            }
        }
    }

    /// <summary>Approximate managed memory held by the index, in bytes.</summary>
    public long ApproximateBytes()
    {
        long bytes = ((long)_words.Length * 8) + _live.Length + ((long)_postings.Length * 8) + ((long)_counts.Length * 4);
        foreach (var list in _postings)
        {
            if (list is not null)
            {
                bytes += 24 + ((long)list.Length * 4);
            }
        }
        return bytes;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(ulong[] words, int id)
    {
        fixed (ulong* p = &words[4 * id])
        {
            Sse.Prefetch0(p);
        }
    }

    private static int FirstMatchingSlot(ulong[] words, int b, ReadOnlySpan<ushort> q, int slotRadius)
    {
        for (var s = 0; s < Slots; s++)
        {
            var w = (ushort)(words[b + (s >> 2)] >> ((s & 3) * 16));
            if (BitOperations.PopCount((uint)(w ^ q[s])) <= slotRadius)
            {
                return s;
            }
        }
        return -1;
    }

    private void EnsureCapacity(int ids)
    {
        if (ids > _live.Length)
        {
            var size = Math.Max(ids, _live.Length * 2);
            Array.Resize(ref _live, size);
            Array.Resize(ref _words, size * 4);
        }
    }
}
