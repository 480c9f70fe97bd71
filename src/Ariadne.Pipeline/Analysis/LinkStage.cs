using System.Diagnostics;
using System.Runtime.InteropServices;
using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Extraction;
using Ariadne.Imaging.Pdq;
using Ariadne.Linking;
using Ariadne.Linking.Graph;
using Ariadne.Linking.Networks;
using Ariadne.Linking.Templates;
using Ariadne.Linking.Text;
using Ariadne.Pipeline.Linking;
using Ariadne.Store;

namespace Ariadne.Pipeline.Analysis;

/// <summary>
/// The link stage of <c>ariadne analyze</c>: signs new documents' text (MinHash, stored once per document), links
/// the whole store from stored mentions, photo hashes and signatures, keeps network ids stable across runs, and
/// rewrites only the networks whose membership changed. Reading the inputs is linear in the store; the
/// expensive parts (extraction, photo hashing, shingling) are never repeated for old documents.
/// </summary>
public sealed class LinkStage(TimeProvider? timeProvider = null)
{
    public const string Name = "link";

    private const int MaxTemplateSample = 25;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public async Task<LinkStageSummary> RunAsync(AriadneStore store, LinkOptions options, int batchSize, IProgress<AnalyzeProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var signed = await SignAsync(store, options, batchSize, progress, cancellationToken);

        var sources = await store.Links.LoadSourcesAsync(cancellationToken);
        progress?.Report(new AnalyzeProgress(0, sources.Count, Name));
        var photoKeys = PhotoKeys(sources);
        var documents = new LinkDocument[sources.Count];
        var matrix = new SignatureMatrix(sources.Count, options.SignatureSize);
        var postingCity = new Dictionary<(string, string?), string?>();
        var extractor = new EntityExtractor();
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i];
            IEnumerable<(EntityType, string)> mentions = source.Mentions;
            if (!string.IsNullOrWhiteSpace(source.LocationRaw))
            {
                var key = (source.LocationRaw, source.Country);
                if (!postingCity.TryGetValue(key, out var city))
                {
                    city = extractor.Extract(source.LocationRaw, source.Country).FirstOrDefault(e => e.Type == EntityType.Location).Value;
                    postingCity[key] = city;
                }

                if (city is not null)
                {
                    mentions = mentions.Prepend((EntityType.Location, city));
                }
            }

            documents[i] = LinkDocumentFactory.Create(source.DocumentId, string.Empty, source.PostedAtUtc, mentions, photoKeys[i]);
            if (source.Signature is { Length: > 0 } bytes && bytes.Length == options.SignatureSize * sizeof(uint))
            {
                MemoryMarshal.Cast<byte, uint>(bytes).CopyTo(matrix.Row(i));
                matrix.SetShingleCount(i, source.ShingleCount);
                matrix.SetUsable(i, source.ShingleCount >= options.MinShingles);
            }
        }

        var result = LinkEngine.Link(documents, options, matrix, cancellationToken);
        var components = result.Components().Where(c => c.Length > 1).ToArray();
        var previous = await store.Links.LoadMembershipAsync(cancellationToken);
        var names = NetworkIds.Assign([.. components.Select(c => (IReadOnlyList<string>)[.. c.Select(d => documents[d].Id)])], previous);
        var previousMembers = previous.GroupBy(p => p.Value, p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

        var edgesByComponent = new Dictionary<int, List<LinkEdge>>();
        foreach (var edge in result.Edges)
        {
            var c = result.ComponentOf[edge.A];
            if (!edgesByComponent.TryGetValue(c, out var list))
            {
                edgesByComponent[c] = list = [];
            }

            list.Add(edge);
        }

        var familiesByComponent = result.TextFamilies.Where(f => !f.Boilerplate).GroupBy(f => result.ComponentOf[f.Members[0]]).ToDictionary(g => g.Key, g => g.ToList());
        var now = _time.GetUtcNow();
        var upserts = new List<(Network, IReadOnlyList<string>, IReadOnlyList<NetworkEdge>)>();
        var pendingTemplates = new List<(int Upsert, List<int[]> Families)>();
        long inNetworks = 0;
        for (var k = 0; k < components.Length; k++)
        {
            var members = components[k];
            inNetworks += members.Length;
            var id = names[k];
            var memberIds = members.Select(d => documents[d].Id).ToList();
            if (previousMembers.TryGetValue(id, out var old) && old.Count == memberIds.Count && memberIds.All(old.Contains))
            {
                continue;
            }

            var component = result.ComponentOf[members[0]];
            var edges = edgesByComponent.GetValueOrDefault(component) ?? [];
            var summary = NetworkSummarizer.Summarize([.. members.Select(d => documents[d])], edges, members);
            var network = new Network
            {
                Id = id,
                DocumentCount = members.Length,
                FirstSeenUtc = summary.FirstSeenUtc,
                LastSeenUtc = summary.LastSeenUtc,
                UpdatedAtUtc = now,
                SummaryJson = NetworkSummaryJson.Serialize(summary),
            };
            var stored = edges.Select(e => new NetworkEdge
            {
                NetworkId = id,
                DocumentA = documents[e.A].Id,
                DocumentB = documents[e.B].Id,
                Kind = LinkKinds.Name(e.Kind),
                Evidence = e.Evidence,
                Similarity = e.Similarity,
            }).ToList();
            if (familiesByComponent.TryGetValue(component, out var families))
            {
                pendingTemplates.Add((upserts.Count, [.. families.Select(f => f.Members)]));
            }

            upserts.Add((network, memberIds, stored));
        }

        await AddTemplatesAsync(store, documents, upserts, pendingTemplates, cancellationToken);
        var current = new HashSet<string>(names, StringComparer.Ordinal);
        var removed = previousMembers.Keys.Where(id => !current.Contains(id)).ToList();
        var hubs = result.Hubs.Select(h => new LinkHub { Kind = LinkKinds.Name(h.Kind), Value = h.Value, Documents = h.Documents, Groups = h.Groups, Reason = h.Reason, DetectedAtUtc = now }).ToList();
        await store.Links.ApplyAsync(new Store.Linking.NetworkChanges(upserts, removed, hubs), cancellationToken);
        progress?.Report(new AnalyzeProgress(sources.Count, sources.Count, Name));
        return new LinkStageSummary(signed, components.Length, upserts.Count, removed.Count, hubs.Count, inNetworks, clock.Elapsed);
    }

    /// <summary>Computes and stores the MinHash signature of every document that has none.</summary>
    private static async Task<long> SignAsync(AriadneStore store, LinkOptions options, int batchSize, IProgress<AnalyzeProgress>? progress, CancellationToken cancellationToken)
    {
        var shingler = new Shingler(options.ShingleWidth);
        var hasher = new MinHasher(options.SignatureSize);
        long signed = 0;
        string? cursor = null;
        while (true)
        {
            var batch = await store.Links.ListUnsignedAsync(batchSize, cursor, cancellationToken);
            if (batch.Count == 0)
            {
                return signed;
            }

            cursor = batch[^1].DocumentId;

            var rows = new TextSignature[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
                () => (Buffer: new List<uint>(256), Signature: new uint[options.SignatureSize]), (i, _, local) =>
                {
                    var count = shingler.Shingle(batch[i].Body, local.Buffer);
                    hasher.Compute(CollectionsMarshal.AsSpan(local.Buffer), local.Signature);
                    rows[i] = new TextSignature { DocumentId = batch[i].DocumentId, Signature = MemoryMarshal.AsBytes(local.Signature.AsSpan()).ToArray(), ShingleCount = count };
                    return local;
                }, _ => { });
            await store.Links.SaveSignaturesAsync(rows, cancellationToken);
            signed += rows.Length;
            progress?.Report(new AnalyzeProgress(signed, signed, "sign"));
        }
    }

    private static List<string>[] PhotoKeys(IReadOnlyList<Store.Linking.LinkSource> sources)
    {
        var distinct = sources.SelectMany(s => s.Photos).Distinct().ToList();
        var hashes = distinct.Select(p => PdqHash.TryParse(p.Pdq, out var h) ? ((PdqHash, int)?)(h, p.Quality) : null).ToList();
        var groups = PhotoGrouper.Group(hashes);
        var keyOf = new Dictionary<(string, int), string>();
        for (var i = 0; i < distinct.Count; i++)
        {
            if (groups[i] is { } key)
            {
                keyOf[distinct[i]] = key;
            }
        }

        var result = new List<string>[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            result[i] = [.. sources[i].Photos.Where(keyOf.ContainsKey).Select(p => keyOf[p]).Distinct(StringComparer.Ordinal)];
        }

        return result;
    }

    /// <summary>Templates need the texts, which linking itself did not load; read a sample of each changed family's bodies.</summary>
    private static async Task AddTemplatesAsync(AriadneStore store, LinkDocument[] documents, List<(Network Network, IReadOnlyList<string> Members, IReadOnlyList<NetworkEdge> Edges)> upserts,
        List<(int Upsert, List<int[]> Families)> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var wanted = pending.SelectMany(p => p.Families).SelectMany(f => f.Take(MaxTemplateSample)).Select(d => documents[d].Id).Distinct(StringComparer.Ordinal).ToList();
        var bodies = await store.Links.LoadBodiesAsync(wanted, cancellationToken);
        foreach (var (index, families) in pending)
        {
            var (network, members, edges) = upserts[index];
            var summary = NetworkSummaryJson.Deserialize(network.SummaryJson)!;
            var templates = families.OrderByDescending(f => f.Length)
                .Select(f => TemplateBuilder.Build([.. f.Take(MaxTemplateSample).Select(d => bodies.GetValueOrDefault(documents[d].Id) ?? string.Empty)]) with { Documents = f.Length })
                .ToList();
            network.SummaryJson = NetworkSummaryJson.Serialize(summary with { Templates = templates });
        }
    }
}
