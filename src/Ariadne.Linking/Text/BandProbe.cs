namespace Ariadne.Linking.Text;

/// <summary>
/// LSH for an incremental run: the new documents' band keys are held in memory, every stored signature is offered
/// once, and the stored documents that land in a new document's bucket are kept. Pairs come out the way a full run's
/// banding would make them (<see cref="LshCandidates"/>): all pairs in a bucket up to the all-pairs limit, and in a
/// larger bucket only a window of neighbours in id order, so a boilerplate bucket of thousands of ads adds a handful
/// of pairs per new ad, not thousands.
/// </summary>
public sealed class BandProbe
{
    private readonly LshOptions _lsh;
    private readonly int _width;
    private readonly Dictionary<ulong, Bucket> _buckets = [];
    private readonly Dictionary<string, uint[]> _signatures = new(StringComparer.Ordinal);

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
        foreach (var (id, signature) in newDocuments)
        {
            if (signature.Length != signatureWidth || !_signatures.TryAdd(id, signature))
            {
                continue;
            }

            for (var band = 0; band < lsh.Bands; band++)
            {
                var key = Key(signature, band);
                if (!_buckets.TryGetValue(key, out var bucket))
                {
                    _buckets[key] = bucket = new Bucket();
                }

                bucket.New.Add(id);
            }
        }
    }

    /// <summary>How many stored documents landed in at least one new document's bucket.</summary>
    public int StoredHits { get; private set; }

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
        if (signature.Length != _width || _signatures.ContainsKey(id))
        {
            return false;
        }

        var hit = false;
        for (var band = 0; band < _lsh.Bands; band++)
        {
            if (_buckets.TryGetValue(Key(signature, band), out var bucket))
            {
                bucket.Stored.Add(id);
                hit = true;
            }
        }

        if (hit)
        {
            _signatures[id] = signature.ToArray();
            StoredHits++;
        }

        return hit;
    }

    /// <summary>
    /// Candidate pairs that involve a new document, each once, with their estimated similarity, keeping those at or
    /// above <paramref name="minSimilarity"/>.
    /// </summary>
    public IReadOnlyList<(string A, string B, double Similarity)> Pairs(double minSimilarity)
    {
        var seen = new HashSet<(string, string)>();
        var pairs = new List<(string A, string B, double Similarity)>();
        var fresh = new HashSet<string>(StringComparer.Ordinal);
        foreach (var bucket in _buckets.Values)
        {
            if (bucket.New.Count + bucket.Stored.Count < 2)
            {
                continue;
            }

            fresh.Clear();
            fresh.UnionWith(bucket.New);
            var members = bucket.New.Concat(bucket.Stored).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var window = members.Length <= _lsh.AllPairsBucketLimit ? members.Length : _lsh.WindowInLargeBucket;
            for (var i = 0; i < members.Length; i++)
            {
                if (!fresh.Contains(members[i]))
                {
                    continue;
                }

                var from = Math.Max(0, i - window);
                var to = Math.Min(members.Length - 1, i + window);
                for (var j = from; j <= to; j++)
                {
                    if (j == i)
                    {
                        continue;
                    }

                    var (a, b) = string.CompareOrdinal(members[i], members[j]) < 0 ? (members[i], members[j]) : (members[j], members[i]);
                    if (!seen.Add((a, b)))
                    {
                        continue;
                    }

                    var similarity = MinHasher.Similarity(_signatures[a], _signatures[b]);
                    if (similarity >= minSimilarity)
                    {
                        pairs.Add((a, b, similarity));
                    }
                }
            }
        }

        pairs.Sort((x, y) => string.CompareOrdinal(x.A, y.A) is var c && c != 0 ? c : string.CompareOrdinal(x.B, y.B));
        return pairs;
    }

    private ulong Key(ReadOnlySpan<uint> signature, int band) => LshCandidates.BandKey(signature.Slice(band * _lsh.RowsPerBand, _lsh.RowsPerBand), band);

    private sealed class Bucket
    {
        public List<string> New { get; } = [];

        public List<string> Stored { get; } = [];
    }
}
