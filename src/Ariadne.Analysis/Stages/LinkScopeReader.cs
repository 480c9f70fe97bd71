using System.Globalization;
using System.Runtime.InteropServices;
using Ariadne.Analysis.Linking;
using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Imaging.Pdq;
using Ariadne.Linking;
using Ariadne.Linking.Graph;
using Ariadne.Linking.Text;
using Ariadne.Store;
using Ariadne.Store.Linking;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// Reads what a link run needs from the store. A full run reads every document. An incremental run reads the new
/// documents, finds the stored documents they could join (by identifier through the (type, value) index, by photo
/// group, by LSH bucket over the stored signatures), and adds the whole earlier network of each, so the engine sees
/// every document that shares a usable identifier with one in scope.
/// </summary>
internal sealed class LinkScopeReader(AriadneStore store, LinkOptions options, PhaseTimer clock)
{

    public async Task<LinkScope> ReadAllAsync(CancellationToken cancellationToken)
    {
        var sources = await store.Links.LoadSourcesAsync(cancellationToken);
        var photoKeys = PhotoKeys(await store.Links.LoadPhotoPostingsAsync(cancellationToken));
        clock.Lap("read");
        var (documents, matrix) = Build(sources, photoKeys);
        var previous = await store.Links.LoadMembershipAsync(cancellationToken);
        clock.Lap("build");
        return new LinkScope { Documents = documents, Signatures = matrix, PreviousMembership = previous };
    }

    public async Task<LinkScope> ReadIncrementalAsync(IReadOnlyList<string> newIds, CancellationToken cancellationToken)
    {
        var fresh = await store.Links.LoadSourcesAsync(newIds, cancellationToken);
        var isNew = newIds.ToHashSet(StringComparer.Ordinal);
        var photoKeys = PhotoKeys(await store.Links.LoadPhotoPostingsAsync(cancellationToken));
        var storedHubs = (await store.Networks.ListHubsAsync(cancellationToken)).Where(h => h.Kind != LinkKinds.Name(LinkKind.Text)).ToList();
        var knownHubs = new Dictionary<LinkIdentifier, LinkHub>();
        foreach (var hub in storedHubs)
        {
            knownHubs.TryAdd(new LinkIdentifier(LinkKinds.Parse(hub.Kind), hub.Value), hub);
        }

        clock.Lap("read new");
        var seeds = new HashSet<string>(StringComparer.Ordinal);
        var hubHits = new Dictionary<LinkIdentifier, int>();
        await AddIdentifierSeedsAsync(fresh, isNew, knownHubs, seeds, hubHits, cancellationToken);
        AddPhotoSeeds(fresh, photoKeys, isNew, knownHubs, seeds, hubHits);
        clock.Lap("identifier look-ups");
        // The LSH probe reads every stored signature in order on one core; meanwhile the networks and documents that
        // the identifiers touch are read on other connections (scattered page reads), so the two overlap.
        var probeClock = System.Diagnostics.Stopwatch.StartNew();
        var probe = Task.Run(async () =>
        {
            var found = await FindTextPairsAsync(fresh, cancellationToken);
            probeClock.Stop();
            return found;
        }, cancellationToken);
        var identifierClock = System.Diagnostics.Stopwatch.StartNew();
        var byIdentifier = await ReadTouchedAsync(seeds, await store.Links.NetworksOfAsync(seeds, cancellationToken), isNew, null, cancellationToken);
        identifierClock.Stop();
        var (allPairs, probeHits) = await probe;
        clock.Lap("text probe, identifier networks");
        var textDocuments = allPairs.SelectMany(p => (string[])[p.A, p.B]).Where(id => !isNew.Contains(id)).ToHashSet(StringComparer.Ordinal);
        var networkOf = await store.Links.NetworksOfAsync(textDocuments, cancellationToken);
        var (textPairs, boilerplate) = SplitBoilerplate(allPairs, networkOf, isNew);
        var textSeeds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (a, b, _) in textPairs)
        {
            AddIfStored(a, isNew, textSeeds);
            AddIfStored(b, isNew, textSeeds);
        }

        seeds.UnionWith(textSeeds);
        var byText = await ReadTouchedAsync(textSeeds, networkOf, isNew, byIdentifier, cancellationToken);
        var stored = new StoredNetworks(
            byIdentifier.Networks.NetworkOfMember.Concat(byText.Networks.NetworkOfMember).ToDictionary(StringComparer.Ordinal),
            [.. byIdentifier.Networks.Edges, .. byText.Networks.Edges],
            byIdentifier.Networks.Summaries.Concat(byText.Networks.Summaries).ToDictionary(StringComparer.Ordinal));
        var oldSources = byIdentifier.Sources.Concat(byText.Sources).ToList();
        clock.Lap("text networks");
        var sources = fresh.Concat(oldSources).OrderBy(s => s.DocumentId, StringComparer.Ordinal).ToList();
        var (documents, matrix) = Build(sources, photoKeys);

        var ordinal = new Dictionary<string, int>(documents.Length, StringComparer.Ordinal);
        for (var i = 0; i < documents.Length; i++)
        {
            ordinal[documents[i].Id] = i;
        }

        var networkIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var group = new int[documents.Length];
        for (var i = 0; i < documents.Length; i++)
        {
            group[i] = stored.NetworkOfMember.TryGetValue(documents[i].Id, out var network)
                ? networkIndex.TryGetValue(network, out var g) ? g : networkIndex[network] = networkIndex.Count
                : -1;
        }

        var candidates = textPairs.Where(p => ordinal.ContainsKey(p.A) && ordinal.ContainsKey(p.B)).Select(p => (ordinal[p.A], ordinal[p.B])).ToList();
        clock.Lap("build");
        return new LinkScope
        {
            Documents = documents,
            Signatures = matrix,
            Prior = new LinkPrior { Group = group, KnownHubs = knownHubs.Keys.ToHashSet(), TextCandidates = candidates },
            PreviousMembership = stored.NetworkOfMember,
            PriorEdges = stored.Edges,
            PriorSummaries = stored.Summaries,
            Linked = newIds,
            TouchedHubs = [.. hubHits.Select(h => Touched(knownHubs[h.Key], h.Value))],
            BoilerplateFamilies = boilerplate,
            Counts = string.Create(CultureInfo.InvariantCulture,
                $"{fresh.Count} new, {seeds.Count} stored look-alikes (LSH hits {probeHits}, text pairs {textPairs.Count}, boilerplate families {boilerplate.Count}), {stored.Summaries.Count} networks; probe {probeClock.Elapsed.TotalSeconds:0.00} s beside identifier networks {identifierClock.Elapsed.TotalSeconds:0.00} s"),
        };
    }

    /// <summary>
    /// The stored networks of these seeds (whole) and every stored document in them or among the seeds, skipping what
    /// an earlier read (<paramref name="already"/>) holds.
    /// </summary>
    /// <param name="networkOf">The network of each seed that is in one (it may hold other documents too).</param>
    private async Task<(StoredNetworks Networks, IReadOnlyList<LinkSource> Sources)> ReadTouchedAsync(IReadOnlyCollection<string> seeds,
        IReadOnlyDictionary<string, string> networkOf, HashSet<string> isNew, (StoredNetworks Networks, IReadOnlyList<LinkSource> Sources)? already,
        CancellationToken cancellationToken)
    {
        var known = already?.Networks.NetworkOfMember.Values.ToHashSet(StringComparer.Ordinal) ?? [];
        var networks = seeds.Select(networkOf.GetValueOrDefault).OfType<string>().Where(n => !known.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        var stored = await store.Links.LoadNetworksAsync(networks, cancellationToken);
        var documents = new HashSet<string>(seeds, StringComparer.Ordinal);
        documents.UnionWith(stored.NetworkOfMember.Keys);
        documents.ExceptWith(isNew);
        if (already is { } earlier)
        {
            documents.ExceptWith(earlier.Sources.Select(s => s.DocumentId));
        }

        return (stored, await store.Links.LoadSourcesAsync(documents, cancellationToken));
    }

    /// <summary>
    /// Splits the new documents' near-duplicate pairs into families (connected by pairs) and sets aside the families
    /// whose stored members already belong to at least <see cref="LinkOptions.TextHubGroups"/> different networks:
    /// the engine would refuse them as boilerplate anyway, and reading those networks only to refuse them would make
    /// an agency footer pull thousands of unrelated ads into an incremental run.
    /// </summary>
    private (List<(string A, string B, double Similarity)> Kept, List<Hub> Boilerplate) SplitBoilerplate(
        IReadOnlyList<(string A, string B, double Similarity)> pairs, Dictionary<string, string> networkOf, HashSet<string> isNew)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Of(string id) => index.TryGetValue(id, out var i) ? i : index[id] = index.Count;
        foreach (var (a, b, _) in pairs)
        {
            Of(a);
            Of(b);
        }

        var families = new UnionFind(index.Count);
        foreach (var (a, b, _) in pairs)
        {
            families.Union(index[a], index[b]);
        }

        var networksOfFamily = new Dictionary<int, HashSet<string>>();
        var sizeOfFamily = new Dictionary<int, int>();
        foreach (var (id, i) in index)
        {
            var root = families.Find(i);
            sizeOfFamily[root] = sizeOfFamily.GetValueOrDefault(root) + 1;
            if (!isNew.Contains(id) && networkOf.TryGetValue(id, out var network))
            {
                if (!networksOfFamily.TryGetValue(root, out var set))
                {
                    networksOfFamily[root] = set = new HashSet<string>(StringComparer.Ordinal);
                }

                set.Add(network);
            }
        }

        var refused = networksOfFamily.Where(f => f.Value.Count >= options.TextHubGroups).Select(f => f.Key).ToHashSet();
        var kept = pairs.Where(p => !refused.Contains(families.Find(index[p.A]))).ToList();
        var hubs = refused.Select(root => Hub.TextFamily(sizeOfFamily[root], networksOfFamily[root].Count)).ToList();
        return (kept, hubs);
    }

    /// <summary>Stored documents that carry a new document's phone, e-mail, handle or wallet (known hubs excepted).</summary>
    private async Task AddIdentifierSeedsAsync(IReadOnlyList<LinkSource> fresh, HashSet<string> isNew, Dictionary<LinkIdentifier, LinkHub> knownHubs,
        HashSet<string> seeds, Dictionary<LinkIdentifier, int> hubHits, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<EntityType, HashSet<string>>();
        foreach (var source in fresh)
        {
            foreach (var (type, value) in source.Mentions.Distinct())
            {
                if (LinkKinds.FromEntity(type) is not { } kind || !options.Kinds.Contains(kind))
                {
                    continue;
                }

                if (knownHubs.ContainsKey(new LinkIdentifier(kind, value)))
                {
                    var key = new LinkIdentifier(kind, value);
                    hubHits[key] = hubHits.GetValueOrDefault(key) + 1;
                    continue;
                }

                if (!wanted.TryGetValue(type, out var values))
                {
                    wanted[type] = values = new HashSet<string>(StringComparer.Ordinal);
                }

                values.Add(value);
            }
        }

        foreach (var (type, values) in wanted)
        {
            foreach (var (documentId, _) in await store.Analysis.FindMentionsAsync(type, values, cancellationToken))
            {
                AddIfStored(documentId, isNew, seeds);
            }
        }
    }

    /// <summary>Stored documents whose photos fall in the same photo group as a new document's.</summary>
    private void AddPhotoSeeds(IReadOnlyList<LinkSource> fresh, Dictionary<string, List<string>> photoKeys, HashSet<string> isNew,
        Dictionary<LinkIdentifier, LinkHub> knownHubs, HashSet<string> seeds, Dictionary<LinkIdentifier, int> hubHits)
    {
        if (!options.Kinds.Contains(LinkKind.Photo))
        {
            return;
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in fresh)
        {
            foreach (var key in photoKeys.GetValueOrDefault(source.DocumentId) ?? [])
            {
                var identifier = new LinkIdentifier(LinkKind.Photo, key);
                if (knownHubs.ContainsKey(identifier))
                {
                    hubHits[identifier] = hubHits.GetValueOrDefault(identifier) + 1;
                }
                else
                {
                    wanted.Add(key);
                }
            }
        }

        if (wanted.Count == 0)
        {
            return;
        }

        foreach (var (documentId, keys) in photoKeys)
        {
            if (keys.Exists(wanted.Contains))
            {
                AddIfStored(documentId, isNew, seeds);
            }
        }
    }

    /// <summary>Offers every stored signature to the new documents' LSH buckets; returns the verified near-duplicate pairs.</summary>
    private async Task<(IReadOnlyList<(string A, string B, double Similarity)> Pairs, int Hits)> FindTextPairsAsync(IReadOnlyList<LinkSource> fresh, CancellationToken cancellationToken)
    {
        if (!options.Kinds.Contains(LinkKind.Text))
        {
            return ([], 0);
        }

        var usable = fresh.Where(Usable).Select(s => (s.DocumentId, MemoryMarshal.Cast<byte, uint>(s.Signature).ToArray())).ToList();
        if (usable.Count == 0)
        {
            return ([], 0);
        }

        var probe = new BandProbe(usable, options.Lsh, options.SignatureSize);
        await store.Links.ScanSignaturesAsync(options.MinShingles,
            signature => probe.Hits(MemoryMarshal.Cast<byte, uint>(signature)),
            (id, signature) => probe.Offer(id, MemoryMarshal.Cast<byte, uint>(signature)),
            cancellationToken);

        return (probe.Pairs(options.TextSimilarity), probe.StoredHits);
    }

    private bool Usable(LinkSource source) =>
        source.Signature is { } bytes && bytes.Length == options.SignatureSize * sizeof(uint) && source.ShingleCount >= options.MinShingles;

    private static void AddIfStored(string documentId, HashSet<string> isNew, HashSet<string> seeds)
    {
        if (!isNew.Contains(documentId))
        {
            seeds.Add(documentId);
        }
    }

    private static LinkHub Touched(LinkHub hub, int newDocuments) => new()
    {
        Kind = hub.Kind,
        Value = hub.Value,
        Documents = hub.Documents + newDocuments,
        Groups = hub.Groups,
        Reason = Hub.IdentifierReason(hub.Documents + newDocuments, hub.Groups),
        DetectedAtUtc = hub.DetectedAtUtc,
    };

    private (LinkDocument[] Documents, SignatureMatrix Matrix) Build(IReadOnlyList<LinkSource> sources, Dictionary<string, List<string>> photoKeys)
    {
        var documents = new LinkDocument[sources.Count];
        var matrix = new SignatureMatrix(sources.Count, options.SignatureSize);
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            IEnumerable<(EntityType, string)> mentions = source.Mentions;
            if (source.PostingCity is { } city)
            {
                mentions = mentions.Prepend((EntityType.Location, city));
            }

            documents[i] = LinkDocumentFactory.Create(source.DocumentId, string.Empty, source.PostedAtUtc, mentions, photoKeys.GetValueOrDefault(source.DocumentId),
                MemoryMarshal.Cast<byte, uint>(source.Phrases).ToArray());
            if (source.Signature is { Length: > 0 } bytes && bytes.Length == options.SignatureSize * sizeof(uint))
            {
                MemoryMarshal.Cast<byte, uint>(bytes).CopyTo(matrix.Row(i));
                matrix.SetShingleCount(i, source.ShingleCount);
                matrix.SetUsable(i, source.ShingleCount >= options.MinShingles);
            }
        }

        return (documents, matrix);
    }

    /// <summary>Photo group keys of every document with photos: hashes within PDQ's radius share a key.</summary>
    private static Dictionary<string, List<string>> PhotoKeys(IReadOnlyList<(string DocumentId, string Pdq, int Quality)> postings)
    {
        var distinct = postings.Select(p => (p.Pdq, p.Quality)).Distinct().ToList();
        var groups = PhotoGrouper.Group([.. distinct.Select(p => PdqHash.TryParse(p.Pdq, out var h) ? ((PdqHash, int)?)(h, p.Quality) : null)]);
        var keyOf = new Dictionary<(string, int), string>();
        for (var i = 0; i < distinct.Count; i++)
        {
            if (groups[i] is { } key)
            {
                keyOf[distinct[i]] = key;
            }
        }

        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (documentId, pdq, quality) in postings)
        {
            if (!keyOf.TryGetValue((pdq, quality), out var key))
            {
                continue;
            }

            if (!result.TryGetValue(documentId, out var keys))
            {
                result[documentId] = keys = [];
            }

            if (!keys.Contains(key, StringComparer.Ordinal))
            {
                keys.Add(key);
            }
        }

        return result;
    }
}
