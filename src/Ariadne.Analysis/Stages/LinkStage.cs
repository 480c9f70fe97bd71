using System.Runtime.InteropServices;
using Ariadne.Core.Networks;
using Ariadne.Linking;
using Ariadne.Linking.Graph;
using Ariadne.Linking.Networks;
using Ariadne.Linking.Templates;
using Ariadne.Linking.Text;
using Ariadne.Store;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// The link stage of <c>ariadne analyze</c>: signs new documents' text (MinHash, stored once per document), then
/// links. When few documents are new it links incrementally: only the new documents and the stored networks they
/// touch are read and judged, earlier decisions stand, and only networks whose membership changed are rewritten. A
/// full run (the first, a large batch, or <c>--relink</c>) links the whole store from stored mentions, photo hashes
/// and signatures. Network ids stay stable either way.
/// </summary>
public sealed class LinkStage : IAnalysisStage
{
    public const string Name = "link";

    /// <summary>
    /// The link stage keeps its own bookkeeping (each document's signature is marked linked once judged), so no
    /// document waits on a version; <c>ariadne analyze --relink</c> re-judges the whole store instead.
    /// </summary>
    public const int Version = 1;

    /// <summary>
    /// Above this share of new documents (relative to the linked ones) a full run is cheaper than reading the networks
    /// the new documents touch, and it re-judges earlier decisions (hubs, text bridges) with all the evidence.
    /// </summary>
    public const double IncrementalShare = 0.2;

    private const int MaxTemplateSample = 25;

    string IAnalysisStage.Name => Name;

    int IAnalysisStage.Version => Version;

    public bool IsEnabled(AnalyzeOptions options) => options.Link;

    public async Task<long> CountPendingAsync(AriadneStore store, CancellationToken cancellationToken) =>
        (await store.Links.CountLinkStateAsync(cancellationToken)).Unlinked;

    public async Task<AnalyzeSummary> RunAsync(StageContext context, AnalyzeSummary summary, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var link = await LinkAsync(context.Store, options.LinkOptions with { Parallelism = context.Workers }, options.BatchSize, context.Progress, options.Relink, context.Time,
            cancellationToken);
        return summary with { Link = link };
    }

    /// <param name="relink">Link the whole store again even when an incremental run would do.</param>
    private static async Task<LinkStageSummary> LinkAsync(AriadneStore store, LinkOptions options, int batchSize, IProgress<AnalyzeProgress>? progress, bool relink,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var clock = new PhaseTimer();
        var signed = await SignAsync(store, options, batchSize, progress, cancellationToken);
        clock.Lap("sign");
        var (linked, unlinked) = await store.Links.CountLinkStateAsync(cancellationToken);
        if (unlinked == 0 && !relink)
        {
            return await SummarizeAsync(store, LinkMode.None, signed, 0, 0, 0, 0, clock, cancellationToken);
        }

        var reader = new LinkScopeReader(store, options, clock);
        var incremental = !relink && linked > 0 && unlinked <= linked * IncrementalShare;
        var scope = incremental
            ? await reader.ReadIncrementalAsync(await store.Links.ListUnlinkedAsync(cancellationToken), cancellationToken)
            : await reader.ReadAllAsync(cancellationToken);
        progress?.Report(new AnalyzeProgress(0, scope.Documents.Length, Name));
        if (scope.Counts.Length > 0)
        {
            clock.Note(scope.Counts);
        }

        var result = LinkEngine.Link(scope.Documents, options, scope.Signatures, scope.Prior, cancellationToken);
        clock.Lap("engine");
        var now = time.GetUtcNow();
        var (upserts, grown, removed) = await BuildChangesAsync(store, scope, result, now, cancellationToken);
        clock.Lap("summaries");
        var hubs = result.Hubs.Concat(scope.BoilerplateFamilies)
            .Select(h => new LinkHub { Kind = LinkKinds.Name(h.Kind), Value = h.Value, Documents = h.Documents, Groups = h.Groups, Reason = h.Reason, DetectedAtUtc = now })
            .ToList();
        await store.Links.ApplyAsync(new Store.Linking.NetworkChanges(upserts, removed, hubs, ReplaceHubs: !incremental, Linked: scope.Linked, Grown: grown, UpdatedHubs: scope.TouchedHubs),
            part => clock.Lap("write " + part), cancellationToken);
        progress?.Report(new AnalyzeProgress(scope.Documents.Length, scope.Documents.Length, Name));
        var summary = await SummarizeAsync(store, incremental ? LinkMode.Incremental : LinkMode.Full, signed, upserts.Count + grown.Count, removed.Count, result.Hubs.Count + scope.BoilerplateFamilies.Count, scope.Documents.Length, clock, cancellationToken);
        return summary with { ChangedNetworkIds = [.. upserts.Concat(grown).Select(u => u.Item1.Id).Distinct(StringComparer.Ordinal)] };
    }

    private static async Task<LinkStageSummary> SummarizeAsync(AriadneStore store, LinkMode mode, long signed, int changed, int removed, int hubs, int judged, PhaseTimer clock,
        CancellationToken cancellationToken)
    {
        var networks = await store.Networks.CountNetworksAsync(cancellationToken);
        var members = await store.Networks.CountNetworkMembersAsync(cancellationToken);
        clock.Lap("count");
        return new LinkStageSummary(signed, (int)networks, changed, removed, hubs, members, clock.Elapsed) { Mode = mode, DocumentsJudged = judged, Phases = clock.ToString() };
    }

    /// <summary>
    /// The networks to write: every component of two or more documents whose membership differs from its earlier
    /// network (with its summary, templates and edges, earlier edges kept), and the earlier networks that are gone.
    /// In an incremental run a network that kept its id only grew (earlier networks start joined), so it is written
    /// as its additions: the members and edges it did not have.
    /// </summary>
    private static async Task<(List<(Network, IReadOnlyList<string>, IReadOnlyList<NetworkEdge>)> Upserts,
        List<(Network, IReadOnlyList<string>, IReadOnlyList<NetworkEdge>)> Grown, List<string> Removed)> BuildChangesAsync(
        AriadneStore store, LinkScope scope, LinkResult result, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var documents = scope.Documents;
        var components = result.Components().Where(c => c.Length > 1).ToArray();
        var names = NetworkIds.Assign([.. components.Select(c => (IReadOnlyList<string>)[.. c.Select(d => documents[d].Id)])], scope.PreviousMembership);
        var previousMembers = scope.PreviousMembership.GroupBy(p => p.Value, p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var edgesByComponent = EdgesByComponent(scope, result);
        var familiesByComponent = result.TextFamilies.Where(f => !f.Boilerplate).GroupBy(f => result.ComponentOf[f.Members[0]]).ToDictionary(g => g.Key, g => g.ToList());
        var written = new List<(Network Network, NetworkSummary Summary, IReadOnlyList<string> Members, IReadOnlyList<NetworkEdge> Edges)>();
        var pendingTemplates = new List<(int Written, List<int[]> Families, List<TextTemplate> Earlier)>();
        for (var k = 0; k < components.Length; k++)
        {
            var members = components[k];
            var id = names[k];
            var memberIds = members.Select(d => documents[d].Id).ToList();
            if (previousMembers.TryGetValue(id, out var old) && old.Count == memberIds.Count && memberIds.TrueForAll(old.Contains))
            {
                continue;
            }

            var component = result.ComponentOf[members[0]];
            var edges = edgesByComponent.GetValueOrDefault(component) ?? [];
            var summary = NetworkSummarizer.Summarize([.. members.Select(d => documents[d])], edges, members);
            var network = new Network { Id = id, DocumentCount = members.Length, FirstSeenUtc = summary.FirstSeenUtc, LastSeenUtc = summary.LastSeenUtc, UpdatedAtUtc = now };
            var stored = edges.Select(e => new NetworkEdge
            {
                NetworkId = id,
                DocumentA = documents[e.A].Id,
                DocumentB = documents[e.B].Id,
                Kind = LinkKinds.Name(e.Kind),
                Evidence = e.Evidence,
                Similarity = e.Similarity,
            }).ToList();
            var earlier = EarlierTemplates(scope, memberIds);
            var families = familiesByComponent.GetValueOrDefault(component);
            if (families is not null || earlier.Count > 0)
            {
                pendingTemplates.Add((written.Count, [.. (families ?? []).Select(f => f.Members)], earlier));
            }

            written.Add((network, summary, memberIds, stored));
        }

        var templates = await BuildTemplatesAsync(store, documents, pendingTemplates, cancellationToken);
        var upserts = new List<(Network, IReadOnlyList<string>, IReadOnlyList<NetworkEdge>)>(written.Count);
        var grown = new List<(Network, IReadOnlyList<string>, IReadOnlyList<NetworkEdge>)>();
        var storedEdges = scope.Prior is null ? null : scope.PriorEdges.Select(e => (e.NetworkId, e.DocumentA, e.DocumentB)).ToHashSet();
        for (var i = 0; i < written.Count; i++)
        {
            var (network, summary, members, edges) = written[i];
            network.SummaryJson = NetworkSummaryJson.Serialize(templates.TryGetValue(i, out var list) ? summary with { Templates = list } : summary);
            if (storedEdges is not null && previousMembers.TryGetValue(network.Id, out var old) && old.IsSubsetOf(members))
            {
                grown.Add((network, [.. members.Where(m => !old.Contains(m))], [.. edges.Where(e => !storedEdges.Contains((network.Id, e.DocumentA, e.DocumentB)))]));
            }
            else
            {
                upserts.Add((network, members, edges));
            }
        }

        var current = new HashSet<string>(names, StringComparer.Ordinal);
        var removed = previousMembers.Keys.Where(id => !current.Contains(id)).ToList();
        return (upserts, grown, removed);
    }

    /// <summary>This run's edges plus, in an incremental run, the stored edges of the earlier networks, by component.</summary>
    private static Dictionary<int, List<LinkEdge>> EdgesByComponent(LinkScope scope, LinkResult result)
    {
        var byComponent = new Dictionary<int, List<LinkEdge>>();
        void Add(LinkEdge edge)
        {
            var c = result.ComponentOf[edge.A];
            if (!byComponent.TryGetValue(c, out var list))
            {
                byComponent[c] = list = [];
            }

            list.Add(edge);
        }

        if (scope.PriorEdges.Count > 0)
        {
            var ordinal = new Dictionary<string, int>(scope.Documents.Length, StringComparer.Ordinal);
            for (var i = 0; i < scope.Documents.Length; i++)
            {
                ordinal[scope.Documents[i].Id] = i;
            }

            foreach (var e in scope.PriorEdges)
            {
                if (ordinal.TryGetValue(e.DocumentA, out var a) && ordinal.TryGetValue(e.DocumentB, out var b))
                {
                    Add(new LinkEdge(a, b, LinkKinds.Parse(e.Kind), e.Evidence, e.Similarity));
                }
            }
        }

        foreach (var edge in result.Edges)
        {
            Add(edge);
        }

        return byComponent;
    }

    /// <summary>The templates stored with the earlier networks that these members came from.</summary>
    private static List<TextTemplate> EarlierTemplates(LinkScope scope, List<string> memberIds)
    {
        if (scope.PriorSummaries.Count == 0)
        {
            return [];
        }

        return [.. memberIds.Select(m => scope.PreviousMembership.GetValueOrDefault(m)).OfType<string>().Distinct(StringComparer.Ordinal)
            .Select(n => NetworkSummaryJson.Deserialize(scope.PriorSummaries.GetValueOrDefault(n)))
            .SelectMany(s => s?.Templates ?? [])];
    }

    /// <summary>Templates need the texts, which linking itself did not load; read a sample of each new family's bodies.</summary>
    private static async Task<Dictionary<int, List<TextTemplate>>> BuildTemplatesAsync(AriadneStore store, LinkDocument[] documents,
        List<(int Written, List<int[]> Families, List<TextTemplate> Earlier)> pending, CancellationToken cancellationToken)
    {
        var templates = new Dictionary<int, List<TextTemplate>>();
        if (pending.Count == 0)
        {
            return templates;
        }

        var wanted = pending.SelectMany(p => p.Families).SelectMany(f => f.Take(MaxTemplateSample)).Select(d => documents[d].Id).Distinct(StringComparer.Ordinal).ToList();
        var bodies = await store.Links.LoadBodiesAsync(wanted, cancellationToken);
        foreach (var (index, families, earlier) in pending)
        {
            var built = families.Select(f => TemplateBuilder.Build([.. f.Take(MaxTemplateSample).Select(d => bodies.GetValueOrDefault(documents[d].Id) ?? string.Empty)]) with { Documents = f.Length });
            // A template found again (an earlier family that grew) is listed once, with its larger count.
            templates[index] = [.. earlier.Concat(built)
                .GroupBy(t => t.ToString(), StringComparer.Ordinal)
                .Select(g => g.MaxBy(t => t.Documents)!)
                .OrderByDescending(t => t.Documents)];
        }

        return templates;
    }

    /// <summary>Computes and stores the MinHash signature and template phrases of every document that has none.</summary>
    private static async Task<long> SignAsync(AriadneStore store, LinkOptions options, int batchSize, IProgress<AnalyzeProgress>? progress, CancellationToken cancellationToken)
    {
        var shingler = new Shingler(options.ShingleWidth);
        var hasher = new MinHasher(options.SignatureSize);
        var sampler = new PhraseSampler(options.TemplatePhraseWidth, options.TemplateKeepOneIn);
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
            var phrases = new TextPhrases[batch.Count];
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken },
                () => (Buffer: new List<uint>(256), Signature: new uint[options.SignatureSize]), (i, _, local) =>
                {
                    var count = shingler.Shingle(batch[i].Body, local.Buffer);
                    hasher.Compute(CollectionsMarshal.AsSpan(local.Buffer), local.Signature);
                    rows[i] = new TextSignature { DocumentId = batch[i].DocumentId, Signature = MemoryMarshal.AsBytes(local.Signature.AsSpan()).ToArray(), ShingleCount = count };
                    phrases[i] = new TextPhrases { DocumentId = batch[i].DocumentId, Phrases = MemoryMarshal.AsBytes(sampler.Sample(batch[i].Body).AsSpan()).ToArray() };
                    return local;
                }, _ => { });
            await store.Links.SaveSignaturesAsync(rows, phrases, cancellationToken);
            signed += rows.Length;
            progress?.Report(new AnalyzeProgress(signed, signed, "sign"));
        }
    }
}
