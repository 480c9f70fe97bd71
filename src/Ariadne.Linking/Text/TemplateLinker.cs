using System.Globalization;
using Ariadne.Linking.Graph;

namespace Ariadne.Linking.Text;

/// <summary>
/// Joins the identities (identifier groups) that write from one template: a controller's ads under successive
/// phones share its distinctive sentences, however many sentences each copy drops, swaps or misspells. Every kept
/// phrase (<see cref="PhraseSampler"/>) is judged by how many distinct identities use it: a phrase of a template is
/// used by the handful of phone eras of one network, while stock texts, boilerplate and filler lines are used by
/// dozens to thousands of unrelated posters, and the more the corpus grows the more clearly so. Only rare phrases
/// count as evidence; two identities join when they share at least <see cref="LinkOptions.TemplateMinShared"/> of
/// them, strongest pairs first, and never into a component of more identities than a network plausibly runs
/// (<see cref="LinkOptions.TemplateMaxGroups"/>). A document without identifiers joins its single best partner, so it
/// can never bridge two identities.
/// </summary>
internal static class TemplateLinker
{
    /// <summary>The joins made, the joins refused by the identity limit, and (when collected) every pair weighed.</summary>
    public readonly record struct Outcome(int Joins, int Refused, IReadOnlyList<TemplateCandidate> Candidates);

    private const int RareBitsLog2 = 28;

    private struct Tally
    {
        public int Count;
        public int RootA;
        public int RootB;
        public int DocA;
        public int DocB;
    }

    public static Outcome Link(IReadOnlyList<LinkDocument> documents, uint[][] phrases, UnionFind uf, bool[] anchored, LinkOptions options, List<LinkEdge> edges)
    {
        var count = phrases.Length;
        var root = new int[count];
        var anchoredRoot = new bool[count];
        for (var d = 0; d < count; d++)
        {
            root[d] = uf.Find(d);
            anchoredRoot[root[d]] |= anchored[d];
        }

        var keys = SortedPostings(phrases, options.Parallelism);
        var tallies = new Dictionary<long, Tally>();
        var groups = new List<int>(options.TemplateRareGroups + 1);
        var loose = new List<int>(options.TemplateLooseCap);
        var firstDoc = new Dictionary<int, int>();
        // How many distinct rare phrases each identity (root) uses: the yardstick for how much of it a shared template covers.
        var ownRare = new int[count];
        // Which phrases are rare and shared (a bit per hash bucket; a rare collision only makes a loose copy look a little more distinctive).
        var rareBits = new ulong[1 << (RareBitsLog2 - 6)];
        var i = 0;
        while (i < keys.Length)
        {
            var phrase = (uint)(keys[i] >> 32);
            var j = i;
            while (j < keys.Length && (uint)(keys[j] >> 32) == phrase)
            {
                j++;
            }

            if (j - i == 1)
            {
                ownRare[root[(int)(uint)keys[i]]]++;
            }
            else if (Entities(keys, i, j, root, anchoredRoot, options, groups, loose, firstDoc))
            {
                foreach (var entity in firstDoc.Keys)
                {
                    ownRare[entity]++;
                }

                if (groups.Count + loose.Count >= 2)
                {
                    var bit = phrase >> (32 - RareBitsLog2);
                    rareBits[bit >> 6] |= 1UL << (int)(bit & 63);
                    Count(tallies, groups, loose, firstDoc);
                }
            }

            i = j;
        }

        var context = new IdentityContext(documents, root);
        return Decide(tallies, ownRare, rareBits, uf, anchoredRoot, context, options, edges, phrases);
    }

    /// <summary>(phrase, document) pairs sorted by phrase then document: bucketed by the phrase's top byte and the buckets sorted in parallel.</summary>
    private static ulong[] SortedPostings(uint[][] phrases, int parallelism)
    {
        var starts = new int[257];
        foreach (var list in phrases)
        {
            foreach (var p in list)
            {
                starts[(p >> 24) + 1]++;
            }
        }

        for (var b = 1; b <= 256; b++)
        {
            starts[b] += starts[b - 1];
        }

        var keys = new ulong[starts[256]];
        var next = (int[])starts.Clone();
        for (var d = 0; d < phrases.Length; d++)
        {
            foreach (var p in phrases[d])
            {
                keys[next[p >> 24]++] = ((ulong)p << 32) | (uint)d;
            }
        }

        Parallel.For(0, 256, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, b => Array.Sort(keys, starts[b], starts[b + 1] - starts[b]));
        return keys;
    }

    /// <summary>The distinct identities (anchored roots) and loose documents using one phrase; false when the phrase is common (too many identities).</summary>
    private static bool Entities(ulong[] keys, int from, int to, int[] root, bool[] anchoredRoot, LinkOptions options, List<int> groups, List<int> loose, Dictionary<int, int> firstDoc)
    {
        groups.Clear();
        loose.Clear();
        firstDoc.Clear();
        for (var k = from; k < to; k++)
        {
            var d = (int)(uint)keys[k];
            var r = root[d];
            if (firstDoc.ContainsKey(r))
            {
                continue;
            }

            if (anchoredRoot[r])
            {
                if (groups.Count == options.TemplateRareGroups)
                {
                    return false;
                }

                groups.Add(r);
            }
            else if (loose.Count < options.TemplateLooseCap)
            {
                loose.Add(r);
            }
            else
            {
                continue;
            }

            firstDoc.Add(r, d);
        }

        return true;
    }

    private static void Count(Dictionary<long, Tally> tallies, List<int> groups, List<int> loose, Dictionary<int, int> firstDoc)
    {
        var all = groups.Count + loose.Count;
        for (var x = 0; x < all; x++)
        {
            var a = x < groups.Count ? groups[x] : loose[x - groups.Count];
            for (var y = x + 1; y < all; y++)
            {
                var b = y < groups.Count ? groups[y] : loose[y - groups.Count];
                var (lo, hi) = a < b ? (a, b) : (b, a);
                var key = ((long)lo << 32) | (uint)hi;
                ref var tally = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(tallies, key, out var existed);
                if (!existed)
                {
                    tally.DocA = firstDoc[lo];
                    tally.DocB = firstDoc[hi];
                    tally.RootA = lo;
                    tally.RootB = hi;
                }

                tally.Count++;
            }
        }
    }

    private static Outcome Decide(Dictionary<long, Tally> tallies, int[] ownRare, ulong[] rareBits, UnionFind uf, bool[] anchoredRoot, IdentityContext context, LinkOptions options, List<LinkEdge> edges, uint[][] phrases)
    {
        var weighed = options.CollectTemplateCandidates ? new List<TemplateCandidate>() : null;
        void Note(Tally tally, bool identities, string decision) => weighed?.Add(new TemplateCandidate(tally.DocA, tally.DocB, tally.Count, identities, decision, identities ? context.Compare(uf.Find(tally.DocA), uf.Find(tally.DocB)) : default) { Coverage = Coverage(tally) });
        // The share of the smaller identity's rare phrases that the pair shares: eras of one network share most of a
        // template, two networks that happen to share a sentence or two share a small part of either.
        double Coverage(Tally tally) => (double)tally.Count / Math.Max(1, Math.Min(ownRare[tally.RootA], ownRare[tally.RootB]));
        var strong = new List<KeyValuePair<long, Tally>>();
        foreach (var pair in tallies)
        {
            var a = (int)(pair.Key >> 32);
            var b = (int)(uint)pair.Key;
            var both = anchoredRoot[a] && anchoredRoot[b];
            if (pair.Value.Count < (both ? options.TemplateMinShared : LooseMinShared(phrases, pair.Value, options)))
            {
                if (pair.Value.Count >= 2)
                {
                    Note(pair.Value, both, "weak");
                }

                continue;
            }

            // A shared template is a network only where the posters look like one: the same persona names or cities,
            // and (between identities) phones used one after another rather than side by side.
            if (both && Coverage(pair.Value) < options.TemplateMinCoverage)
            {
                Note(pair.Value, both, "partial");
                continue;
            }

            if (context.Disagreement(a, b, both, options.TemplateMinNameOverlap, options.TemplateMaxOverlap) is { } reason)
            {
                Note(pair.Value, both, "unlike: " + reason);
            }
            else
            {
                strong.Add(pair);
            }
        }

        // Strongest evidence first, so the identity limit keeps the best-supported joins; ties in document order.
        strong.Sort((x, y) => x.Value.Count != y.Value.Count ? y.Value.Count.CompareTo(x.Value.Count) : x.Key.CompareTo(y.Key));
        var identities = new Dictionary<int, int>();
        int Identities(int r) => identities.TryGetValue(r, out var n) ? n : anchoredRoot[r] ? 1 : 0;
        var joins = 0;
        var refused = 0;

        // Identities with identities first; loose documents afterwards join their single best partner.
        foreach (var (key, tally) in strong)
        {
            var a = (int)(key >> 32);
            var b = (int)(uint)key;
            if (!anchoredRoot[a] || !anchoredRoot[b])
            {
                continue;
            }

            var ra = uf.Find(a);
            var rb = uf.Find(b);
            if (ra == rb)
            {
                Note(tally, true, "already one");
                continue;
            }

            var merged = Identities(ra) + Identities(rb);
            if (merged > options.TemplateMaxGroups)
            {
                Note(tally, true, "too many identities");
                refused++;
                continue;
            }

            uf.Union(ra, rb);
            identities[uf.Find(ra)] = merged;
            Note(tally, true, "joined");
            edges.Add(Edge(tally, phrases));
            joins++;
        }

        // Loose documents (no identifiers) first join each other: copies of one template without contacts form a
        // loose cluster. Each cluster then joins at most one identity, the one it copies most; a cluster that copies two
        // identities about equally (a spam text several posters share) is ambiguous and stays apart. So loose
        // documents never bridge two identities.
        var offers = new List<(int Loose, int Partner, Tally Tally)>();
        foreach (var (key, tally) in strong)
        {
            var a = (int)(key >> 32);
            var b = (int)(uint)key;
            if (anchoredRoot[a] && anchoredRoot[b])
            {
                continue;
            }

            // A loose copy must share mostly rare phrases with its partner: a copy of a stock text shares a few rare
            // edits and a great deal of common wording, a copy of a network's template the other way round.
            var distinctive = Distinctive(phrases[tally.DocA], phrases[tally.DocB], rareBits);
            if (distinctive < options.TemplateLooseDistinctive)
            {
                Note(tally, false, "mostly common wording");
                continue;
            }

            if (!anchoredRoot[a] && !anchoredRoot[b])
            {
                if (uf.Union(a, b))
                {
                    Note(tally, false, "joined");
                    edges.Add(Edge(tally, phrases));
                    joins++;
                }

                continue;
            }

            offers.Add(anchoredRoot[a] ? (b, a, tally) : (a, b, tally));
        }

        foreach (var cluster in offers.GroupBy(o => uf.Find(o.Loose)).OrderBy(g => g.Key))
        {
            var byIdentity = cluster.GroupBy(o => uf.Find(o.Partner)).Select(g => g.MaxBy(o => o.Tally.Count))
                .OrderByDescending(o => o.Tally.Count).ThenBy(o => o.Partner).ToList();
            if (byIdentity.Count > 1 && byIdentity[0].Tally.Count < 2 * byIdentity[1].Tally.Count)
            {
                Note(byIdentity[0].Tally, false, "ambiguous");
                continue;
            }

            if (uf.Union(byIdentity[0].Loose, byIdentity[0].Partner))
            {
                Note(byIdentity[0].Tally, false, "joined");
                edges.Add(Edge(byIdentity[0].Tally, phrases));
                joins++;
            }
        }

        return new Outcome(joins, refused, weighed ?? []);
    }

    /// <summary>
    /// A document without identifiers cannot bridge two identities, so it may join on less: a third of the kept phrases of
    /// the shorter of the two documents that showed the pair, when that is below the identities' threshold (short
    /// copies of a short template), but never on a single phrase.
    /// </summary>
    private static int LooseMinShared(uint[][] phrases, Tally tally, LinkOptions options)
    {
        var shorter = Math.Min(phrases[tally.DocA].Length, phrases[tally.DocB].Length);
        return Math.Max(2, Math.Min(options.TemplateMinShared, (shorter + 2) / 3));
    }

    /// <summary>
    /// The edge names the two documents that first showed the shared template, how many rare phrases their identities
    /// share (what the decision weighed) and how many phrases these two ads have in common (both exact counts).
    /// </summary>
    private static LinkEdge Edge(Tally tally, uint[][] phrases)
    {
        var shared = SharedCount(phrases[tally.DocA], phrases[tally.DocB]);
        var smaller = Math.Max(1, Math.Min(phrases[tally.DocA].Length, phrases[tally.DocB].Length));
        var evidence = string.Create(CultureInfo.InvariantCulture, $"shared template: {tally.Count} rare phrases between their posters; these two ads have {shared} phrases in common");
        return new LinkEdge(tally.DocA, tally.DocB, LinkKind.Template, evidence, Math.Round((double)shared / smaller, 4));
    }

    /// <summary>Of the phrases two documents share, the share that is rare.</summary>
    private static double Distinctive(uint[] a, uint[] b, ulong[] rareBits)
    {
        var (shared, rare) = Overlap(a, b, rareBits);
        return shared == 0 ? 0 : (double)rare / shared;
    }

    private static int SharedCount(uint[] a, uint[] b) => Overlap(a, b, null).Shared;

    /// <summary>How many phrases two sorted phrase arrays share, and how many of those the rare bitset marks.</summary>
    private static (int Shared, int Rare) Overlap(uint[] a, uint[] b, ulong[]? rareBits)
    {
        int i = 0, j = 0, shared = 0, rare = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                if (rareBits is not null)
                {
                    var bit = a[i] >> (32 - RareBitsLog2);
                    rare += (int)((rareBits[bit >> 6] >> (int)(bit & 63)) & 1);
                }

                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (shared, rare);
    }
}
