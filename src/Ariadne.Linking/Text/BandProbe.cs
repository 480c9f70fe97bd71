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
/// Documents are numbered as they arrive and their signatures kept in one flat array, so a scan that hits half a
/// million stored documents allocates a few growing arrays rather than an array per document; bucket order is by
/// each document's rank in one ordinal sort of all ids, so buckets sort integers, not strings.
/// </remarks>
public sealed class BandProbe
{
    private readonly LshOptions _lsh;
    private readonly int _width;
    private readonly Dictionary<ulong, List<int>> _buckets = [];
    private readonly HashSet<string> _newIds = new(StringComparer.Ordinal);
    private readonly List<string> _ids = [];
    private readonly ulong[] _keys;
    private uint[] _signatures;
    private readonly int _newCount;

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
                    _buckets[key] = bucket = [];
                }

                bucket.Add(ordinal);
            }
        }

        _newCount = _ids.Count;
    }

    /// <summary>How many stored documents landed in at least one new document's bucket.</summary>
    public int StoredHits => _ids.Count - _newCount;

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
        var ordinal = -1;
        foreach (var key in _keys)
        {
            if (_buckets.TryGetValue(key, out var bucket))
            {
                if (ordinal < 0)
                {
                    ordinal = Keep(id, signature);
                }

                bucket.Add(ordinal);
            }
        }

        return ordinal >= 0;
    }

    /// <summary>
    /// Candidate pairs that involve a new document, each once, with their estimated similarity, keeping those at or
    /// above <paramref name="minSimilarity"/>.
    /// </summary>
    public IReadOnlyList<(string A, string B, double Similarity)> Pairs(double minSimilarity)
    {
        // Rank every document by id once; buckets then sort by rank.
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
            if (bucket.Count < 2)
            {
                continue;
            }

            // A document lands in a bucket once per band it matches on, and a bucket key is per band, so members
            // are distinct already; sort them by id rank.
            members.Clear();
            ranks.Clear();
            foreach (var m in bucket)
            {
                members.Add(m);
                ranks.Add(rank[m]);
            }

            var sortedMembers = CollectionsMarshal.AsSpan(members);
            CollectionsMarshal.AsSpan(ranks).Sort(sortedMembers);
            var window = sortedMembers.Length <= _lsh.AllPairsBucketLimit ? sortedMembers.Length : _lsh.WindowInLargeBucket;
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
                        continue; // itself (or itself again, should two bands' keys ever collide)
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
