using Ariadne.Linking.Graph;

namespace Ariadne.Linking.Text;

/// <summary>
/// The near-duplicate pairs of a document list, sorted by what they may do: an <em>attachment</em> joins a document
/// without identifiers to the text it copies; a <em>bridge</em> would join two identities the identifiers kept apart
/// and is held to a stricter standard (long texts, several distinct pairs). Families (components of all verified
/// pairs) are what the boilerplate guard judges.
/// </summary>
internal sealed class TextPairs
{
    private readonly UnionFind _families;
    private readonly List<(int A, int B, double Similarity, long Key)> _bridges = [];

    private TextPairs(int count, bool[] anchored)
    {
        _families = new UnionFind(count);
        Anchored = anchored;
    }

    public bool[] Anchored { get; }

    public List<(int A, int B, double Similarity)> Attachments { get; } = [];

    public long Candidates { get; private set; }

    public long Verified { get; private set; }

    /// <param name="candidates">Pairs to judge instead of banding every usable signature (an incremental run's
    /// pairs of new documents with their stored look-alikes); null bands the whole matrix.</param>
    public static TextPairs Find(int count, SignatureMatrix signatures, UnionFind identities, bool[] anchored, LinkOptions options, IReadOnlyList<(int A, int B)>? candidates = null)
    {
        var pairs = new TextPairs(count, anchored);
        // Identity groups as they stand after the identifiers, frozen so every pair is judged against the same state.
        var group = new int[count];
        for (var d = 0; d < count; d++)
        {
            group[d] = identities.Find(d);
        }

        // Each document without identifiers keeps only its most similar partner: joining every look-alike would let
        // one loose copy bridge two identities (each copy joining one partner cannot).
        var best = new Dictionary<int, (int Partner, double Similarity)>();
        void Offer(int loose, int partner, double similarity)
        {
            if (!anchored[loose] && (!best.TryGetValue(loose, out var current) || similarity > current.Similarity || (similarity == current.Similarity && partner < current.Partner)))
            {
                best[loose] = (partner, similarity);
            }
        }

        void Judge(int a, int b)
        {
            if (group[a] == group[b])
            {
                pairs._families.Union(a, b);
                return;
            }

            var similarity = signatures.Similarity(a, b);
            if (similarity < options.TextSimilarity)
            {
                return;
            }

            pairs.Verified++;
            pairs._families.Union(a, b);
            if (!anchored[a] || !anchored[b])
            {
                Offer(a, b, similarity);
                Offer(b, a, similarity);
                return;
            }

            if (signatures.ShingleCount(a) >= options.BridgeMinShingles && signatures.ShingleCount(b) >= options.BridgeMinShingles)
            {
                var (x, y) = group[a] < group[b] ? (group[a], group[b]) : (group[b], group[a]);
                pairs._bridges.Add((a, b, similarity, ((long)x << 32) | (uint)y));
            }
        }

        if (candidates is null)
        {
            pairs.Candidates = LshCandidates.Enumerate(signatures, options.Lsh, Judge);
        }
        else
        {
            foreach (var (a, b) in candidates)
            {
                if (signatures.IsUsable(a) && signatures.IsUsable(b))
                {
                    Judge(Math.Min(a, b), Math.Max(a, b));
                }
            }

            pairs.Candidates = candidates.Count;
        }

        foreach (var (loose, (partner, similarity)) in best.OrderBy(p => p.Key))
        {
            pairs.Attachments.Add((loose, partner, similarity));
        }

        return pairs;
    }

    public int FamilyRoot(int document) => _families.Find(document);

    /// <summary>The families of two or more documents, each as its member ordinals in document order.</summary>
    public IEnumerable<int[]> Families()
    {
        var byRoot = new Dictionary<int, List<int>>();
        for (var d = 0; d < _families.Count; d++)
        {
            if (_families.SizeOf(d) < 2)
            {
                continue;
            }

            var root = _families.Find(d);
            if (!byRoot.TryGetValue(root, out var list))
            {
                byRoot[root] = list = [];
            }

            list.Add(d);
        }

        return byRoot.Values.Select(l => l.ToArray());
    }

    /// <summary>One representative pair (the most similar) per pair of identities with enough distinct pairs between them.</summary>
    public IEnumerable<(int A, int B, double Similarity)> Bridges(int support)
    {
        _bridges.Sort((x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        var i = 0;
        while (i < _bridges.Count)
        {
            var j = i;
            var distinct = 0;
            var best = _bridges[i];
            while (j < _bridges.Count && _bridges[j].Key == _bridges[i].Key)
            {
                // The same pair is reported once per band it shares; count it once.
                if (j == i || _bridges[j].A != _bridges[j - 1].A || _bridges[j].B != _bridges[j - 1].B)
                {
                    distinct++;
                }

                if (_bridges[j].Similarity > best.Similarity)
                {
                    best = _bridges[j];
                }

                j++;
            }

            if (distinct >= support)
            {
                yield return (best.A, best.B, best.Similarity);
            }

            i = j;
        }
    }
}
