using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;
using Ariadne.Linking.Graph;

namespace Ariadne.Analysis.Linking;

/// <summary>
/// Groups photo hashes that are within PDQ's match radius of each other (exact radius search by multi-index
/// hashing, then union-find), and names each group by its smallest hash in hex, so the same photo re-posted
/// resized or recompressed becomes one identifier. Unreliable hashes (quality ≤ 49) are left out: flat images
/// match unrelated photos.
/// </summary>
public static class PhotoGrouper
{
    public const int DefaultRadius = 31;

    /// <summary>Returns the group key of each input hash (null where the hash is absent or unreliable).</summary>
    public static string?[] Group(IReadOnlyList<(PdqHash Hash, int Quality)?> hashes, int radius = DefaultRadius)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        var usable = new List<int>();
        var index = new MultiIndexHashIndex(Math.Max(1, hashes.Count));
        var list = new List<PdqHash>();
        for (var i = 0; i < hashes.Count; i++)
        {
            if (hashes[i] is { } h && h.Quality >= PdqResult.MinimumReliableQuality)
            {
                usable.Add(i);
                list.Add(h.Hash);
            }
        }

        var ids = index.AddRange(list);
        var byId = new Dictionary<int, int>(ids.Length);
        for (var k = 0; k < ids.Length; k++)
        {
            byId[ids[k]] = k;
        }

        var uf = new UnionFind(list.Count);
        var matches = new List<MihMatch>();
        for (var k = 0; k < list.Count; k++)
        {
            matches.Clear();
            index.Search(list[k], radius, matches);
            foreach (var m in matches)
            {
                uf.Union(k, byId[m.Id]);
            }
        }

        var names = new Dictionary<int, string>();
        for (var k = 0; k < list.Count; k++)
        {
            var root = uf.Find(k);
            var hex = list[k].ToString();
            if (!names.TryGetValue(root, out var name) || string.CompareOrdinal(hex, name) < 0)
            {
                names[root] = hex;
            }
        }

        var keys = new string?[hashes.Count];
        for (var k = 0; k < list.Count; k++)
        {
            keys[usable[k]] = names[uf.Find(k)];
        }

        return keys;
    }
}
