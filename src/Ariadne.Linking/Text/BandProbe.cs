using System.Runtime.InteropServices;

namespace Ariadne.Linking.Text;

/// <summary>
/// LSH for an incremental run: the new documents' band keys are held in memory, every stored signature is offered
/// once, and the stored documents that land in a new document's bucket are kept. Pairs come out the way a full run's
/// banding would make them (<see cref="LshCandidates"/>): all pairs in a bucket up to the all-pairs limit, and in a
/// larger bucket only a window of neighbours in id order, so a boilerplate bucket of thousands of ads adds a handful
/// of pairs per new ad, not thousands.
/// </summary>
/// <remarks>
/// A large bucket keeps only what its windows can reach. The new documents cut the bucket's id order into gaps;
/// a new document's window reaches at most <c>w</c> members into the gap on either side of it, so each gap keeps its
/// <c>w</c> smallest and <c>w</c> largest stored ids and nothing else. That is exact — the kept members sit in the
/// same order as in the whole bucket, and every member within <c>w</c> places of a new document is kept — and it
/// bounds a bucket of half a million common-phrase ads to a few dozen kept members. A bucket keeps every stored
/// member only while it is still small enough for all pairs. Documents are numbered as they are kept and their
/// signatures stored in one flat array; bucket order is by each kept document's rank in one ordinal sort of the
/// kept ids, so buckets sort integers, not strings.
/// </remarks>
public sealed class BandProbe
{
    private readonly LshOptions _lsh;
    private readonly int _width;
    private readonly Dictionary<ulong, BandProbeBucket> _buckets = [];
    private readonly HashSet<string> _newIds = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly ulong[] _keys;
    private readonly BandProbeBucket?[] _hit;
    private uint[] _signatures;
    private readonly int _newCount;
    private int _storedHits;

    /// <param name="newDocuments">The new documents with usable signatures (enough shingles).</param>
    public BandProbe(IEnumerable<(string Id, uint[] Signature)> newDocuments, LshOptions lsh, int signatureWidth)
    {
        ArgumentNullException.ThrowIfNull(newDocuments);
        ArgumentNullException.ThrowIfNull(lsh);
        if (lsh.Bands * lsh.RowsPerBand > signatureWidth)
        {
            throw new ArgumentException($"{lsh.Bands} bands of {lsh.RowsPerBand} rows need {lsh.Bands * lsh.RowsPerBand} signature values, the signatures have {signatureWidth}");
        }

        _lsh = lsh;
        _width = signatureWidth;
        _keys = new ulong[lsh.Bands];
        _hit = new BandProbeBucket?[lsh.Bands];
        _signatures = new uint[signatureWidth * 1024];
        foreach (var (id, signature) in newDocuments)
        {
            if (signature.Length != signatureWidth || !_newIds.Add(id))
            {
                continue;
            }

            var ordinal = Keep(id, signature);
            ComputeKeys(signature);
            foreach (var key in _keys)
            {
                if (!_buckets.TryGetValue(key, out var bucket))
                {
                    _buckets[key] = bucket = new BandProbeBucket();
                }

                bucket.New.Add(ordinal);
            }
        }

        _newCount = _ids.Count;
        foreach (var bucket in _buckets.Values)
        {
            bucket.Seal(_ids);
        }
    }

    /// <summary>How many stored documents landed in at least one new document's bucket.</summary>
    public int StoredHits => _storedHits;

    /// <summary>How many stored signatures the probe copied: each was, when offered, within reach of some window or in a small bucket.</summary>
    public int StoredKept => _ids.Count - _newCount;

    /// <summary>Whether a stored signature shares a bucket with a new document (no state changes; cheap to ask for every row).</summary>
    public bool Hits(ReadOnlySpan<uint> signature)
    {
        if (signature.Length != _width)
        {
            return false;
        }

        for (var band = 0; band < _lsh.Bands; band++)
        {
            if (_buckets.ContainsKey(Key(signature, band)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Offers one stored document's signature; returns whether it shares a bucket with a new document.</summary>
    public bool Offer(string id, ReadOnlySpan<uint> signature)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (signature.Length != _width || _newIds.Contains(id))
        {
            return false;
        }

        ComputeKeys(signature);
        var hits = 0;
        foreach (var key in _keys)
        {
            if (_buckets.TryGetValue(key, out var bucket))
            {
                _hit[hits++] = bucket;
            }
        }

        if (hits == 0)
        {
            return false;
        }

        _storedHits++;
        var wanted = 0;
        for (var h = 0; h < hits; h++)
        {
            if (_hit[h]!.Consider(id, _ids, _lsh.AllPairsBucketLimit, _lsh.WindowInLargeBucket))
            {
                _hit[wanted++] = _hit[h];
            }
        }

        if (wanted > 0)
        {
            var ordinal = Keep(id, signature);
            for (var h = 0; h < wanted; h++)
            {
                _hit[h]!.Add(id, ordinal, _ids, _lsh.WindowInLargeBucket);
            }
        }

        Array.Clear(_hit);
        return true;
    }

    /// <summary>
    /// Candidate pairs that involve a new document, each once, with their estimated similarity, keeping those at or
    /// above <paramref name="minSimilarity"/>.
    /// </summary>
    public IReadOnlyList<(string A, string B, double Similarity)> Pairs(double minSimilarity)
    {
        // Rank every kept document by id once; buckets then sort by rank.
        var byId = new int[_ids.Count];
        for (var i = 0; i < byId.Length; i++)
        {
            byId[i] = i;
        }

        Array.Sort(_ids.ToArray(), byId, StringComparer.Ordinal);
        var rank = new int[_ids.Count];
        for (var r = 0; r < byId.Length; r++)
        {
            rank[byId[r]] = r;
        }

        var seen = new HashSet<long>();
        var pairs = new List<(string A, string B, double Similarity)>();
        var members = new List<int>();
        var ranks = new List<int>();
        foreach (var bucket in _buckets.Values)
        {
            var total = bucket.New.Count + bucket.Stored;
            if (total < 2)
            {
                continue;
            }

            members.Clear();
            bucket.CollectMembers(members, total <= _lsh.AllPairsBucketLimit);
            ranks.Clear();
            foreach (var m in members)
            {
                ranks.Add(rank[m]);
            }

            var sortedMembers = CollectionsMarshal.AsSpan(members);
            CollectionsMarshal.AsSpan(ranks).Sort(sortedMembers);
            sortedMembers = Distinct(sortedMembers);

            // The window rule depends on the whole bucket's size, not on how many of its members were kept.
            var window = total <= _lsh.AllPairsBucketLimit ? sortedMembers.Length : _lsh.WindowInLargeBucket;
            for (var i = 0; i < sortedMembers.Length; i++)
            {
                if (sortedMembers[i] >= _newCount)
                {
                    continue;
                }

                var from = Math.Max(0, i - window);
                var to = Math.Min(sortedMembers.Length - 1, i + window);
                for (var j = from; j <= to; j++)
                {
                    if (sortedMembers[j] == sortedMembers[i])
                    {
                        continue; // itself
                    }

                    var (a, b) = rank[sortedMembers[i]] < rank[sortedMembers[j]] ? (sortedMembers[i], sortedMembers[j]) : (sortedMembers[j], sortedMembers[i]);
                    if (!seen.Add(((long)a << 32) | (uint)b))
                    {
                        continue;
                    }

                    var similarity = MinHasher.Similarity(Signature(a), Signature(b));
                    if (similarity >= minSimilarity)
                    {
                        pairs.Add((_ids[a], _ids[b], similarity));
                    }
                }
            }
        }

        pairs.Sort((x, y) => string.CompareOrdinal(x.A, y.A) is var c && c != 0 ? c : string.CompareOrdinal(x.B, y.B));
        return pairs;
    }

    /// <summary>Drops repeats from a sorted span (a stored id kept as both one of a gap's smallest and largest).</summary>
    private static Span<int> Distinct(Span<int> sorted)
    {
        if (sorted.Length < 2)
        {
            return sorted;
        }

        var write = 1;
        for (var read = 1; read < sorted.Length; read++)
        {
            if (sorted[read] != sorted[write - 1])
            {
                sorted[write++] = sorted[read];
            }
        }

        return sorted[..write];
    }

    private int Keep(string id, ReadOnlySpan<uint> signature)
    {
        var ordinal = _ids.Count;
        if ((ordinal + 1) * _width > _signatures.Length)
        {
            Array.Resize(ref _signatures, _signatures.Length * 2);
        }

        signature.CopyTo(_signatures.AsSpan(ordinal * _width, _width));
        _ids.Add(id);
        return ordinal;
    }

    private ReadOnlySpan<uint> Signature(int ordinal) => _signatures.AsSpan(ordinal * _width, _width);

    private void ComputeKeys(ReadOnlySpan<uint> signature)
    {
        for (var band = 0; band < _lsh.Bands; band++)
        {
            _keys[band] = Key(signature, band);
        }
    }

    private ulong Key(ReadOnlySpan<uint> signature, int band) => LshCandidates.BandKey(signature.Slice(band * _lsh.RowsPerBand, _lsh.RowsPerBand), band);
}
