using System.Diagnostics;
using System.Globalization;
using Ariadne.Linking.Graph;
using Ariadne.Linking.Identifiers;
using Ariadne.Linking.Text;

namespace Ariadne.Linking;

/// <summary>
/// Links documents into networks: shared identifiers first (phones, emails, handles, wallets, photo groups), then
/// near-duplicate text families found by MinHash/LSH, all through one union-find. A hub guard stands before every
/// merge on evidence shared by many documents: if that evidence would join many groups that are already separate
/// identities, it is a hub (support number, agency boilerplate, stock photo) and is recorded instead of used.
/// </summary>
public static class LinkEngine
{
    /// <param name="prior">Set for an incremental run (see <see cref="LinkPrior"/>); null links the list from scratch.</param>
    public static LinkResult Link(IReadOnlyList<LinkDocument> documents, LinkOptions options, SignatureMatrix? signatures = null, LinkPrior? prior = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var uf = new UnionFind(documents.Count);
        var edges = new List<LinkEdge>();
        var hubs = new List<Hub>();
        if (prior is not null)
        {
            JoinPrior(uf, prior.Group, documents.Count);
        }

        var index = IdentifierIndex.Build(documents, options.Kinds);
        int templateJoins = 0, templateRefused = 0;
        IReadOnlyList<TemplateCandidate> templateCandidates = [];
        var anchored = new bool[documents.Count];
        var suspects = new List<int>();
        for (var id = 0; id < index.Count; id++)
        {
            if (prior is not null && prior.KnownHubs.Contains(index.Identifiers[id]))
            {
                continue;
            }

            var count = index.DocumentCount(id);
            if (count >= options.HubCheckDocuments)
            {
                suspects.Add(id);
                continue;
            }

            foreach (var d in index.DocumentsOf(id))
            {
                anchored[d] = true;
            }

            JoinAll(uf, index.DocumentsOf(id), index.Identifiers[id], edges);
        }

        // Widely shared identifiers, least shared first: each is used only if it does not bridge many identities.
        suspects.Sort((x, y) => index.DocumentCount(x).CompareTo(index.DocumentCount(y)));
        var roots = new HashSet<int>();
        foreach (var id in suspects)
        {
            var docs = index.DocumentsOf(id);
            var groups = CountGroups(uf, docs, anchored, roots);
            var identifier = index.Identifiers[id];
            if (groups >= options.HubGroups)
            {
                hubs.Add(new Hub(identifier.Kind, identifier.Value, docs.Length, groups, Hub.IdentifierReason(docs.Length, groups)));
                continue;
            }

            JoinAll(uf, docs, identifier, edges);
            foreach (var d in docs)
            {
                anchored[d] = true;
            }
        }

        var identifierTime = clock.Elapsed;
        if (options.Kinds.Contains(LinkKind.Template))
        {
            var template = TemplateLinker.Link(documents, SamplePhrases(documents, options, cancellationToken), uf, anchored, options, edges);
            templateJoins = template.Joins;
            templateRefused = template.Refused;
            templateCandidates = template.Candidates;

            // A document that joined an identity through its template now belongs to that identity: the text step
            // must not treat it as loose again (a loose document may join only one partner).
            var anchoredRoots = new HashSet<int>();
            for (var d = 0; d < documents.Count; d++)
            {
                if (anchored[d])
                {
                    anchoredRoots.Add(uf.Find(d));
                }
            }

            for (var d = 0; d < documents.Count; d++)
            {
                anchored[d] = anchored[d] || anchoredRoots.Contains(uf.Find(d));
            }
        }

        var templateTime = clock.Elapsed - identifierTime;
        var families = new List<TextFamily>();
        TimeSpan signatureTime = TimeSpan.Zero, candidateTime = TimeSpan.Zero;
        long candidates = 0, verified = 0;
        if (options.Kinds.Contains(LinkKind.Text))
        {
            var start = clock.Elapsed;
            signatures ??= SignatureBuilder.Build([.. documents.Select(d => d.Text)], options, cancellationToken);
            signatureTime = clock.Elapsed - start;
            start = clock.Elapsed;
            var text = TextPairs.Find(documents.Count, signatures, uf, anchored, options, prior?.TextCandidates);
            candidates = text.Candidates;
            verified = text.Verified;
            candidateTime = clock.Elapsed - start;
            JoinText(text, uf, options, edges, hubs, families, roots);
        }

        var componentOf = new int[documents.Count];
        var dense = new Dictionary<int, int>();
        for (var d = 0; d < documents.Count; d++)
        {
            var root = uf.Find(d);
            if (!dense.TryGetValue(root, out var c))
            {
                c = dense.Count;
                dense.Add(root, c);
            }

            componentOf[d] = c;
        }

        var timings = new LinkTimings(identifierTime, signatureTime, candidateTime, clock.Elapsed - identifierTime - templateTime - signatureTime - candidateTime)
        {
            CandidatePairs = candidates,
            Template = templateTime,
            TemplateJoins = templateJoins,
            TemplateRefused = templateRefused,
            VerifiedPairs = verified,
        };
        return new LinkResult { ComponentOf = componentOf, ComponentCount = dense.Count, Edges = edges, Hubs = hubs, TextFamilies = families, Timings = timings, TemplateCandidates = templateCandidates };
    }

    private static uint[][] SamplePhrases(IReadOnlyList<LinkDocument> documents, LinkOptions options, CancellationToken cancellationToken)
    {
        var phrases = new uint[documents.Count][];
        var sampler = new PhraseSampler(options.TemplatePhraseWidth, options.TemplateKeepOneIn);
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken }, d =>
        {
            var document = documents[d];
            phrases[d] = document.Phrases ?? sampler.Sample(document.Text);
        });
        return phrases;
    }

    /// <summary>Documents of one earlier network start joined; the edges that explain them are already stored.</summary>
    private static void JoinPrior(UnionFind uf, int[] group, int count)
    {
        if (group.Length != count)
        {
            throw new ArgumentException($"the prior has {group.Length} groups for {count} documents", nameof(group));
        }

        var first = new Dictionary<int, int>();
        for (var d = 0; d < count; d++)
        {
            if (group[d] < 0)
            {
                continue;
            }

            if (first.TryGetValue(group[d], out var head))
            {
                uf.Union(head, d);
            }
            else
            {
                first.Add(group[d], d);
            }
        }
    }

    private static void JoinText(TextPairs text, UnionFind uf, LinkOptions options, List<LinkEdge> edges, List<Hub> hubs, List<TextFamily> families, HashSet<int> roots)
    {
        var boilerplate = new HashSet<int>();
        foreach (var members in text.Families())
        {
            // Any document with an identifier is an identity of its own; text alone must not bridge many of them.
            var groups = CountGroups(uf, members, text.Anchored, roots);
            var isBoilerplate = groups >= options.TextHubGroups;
            families.Add(new TextFamily(members, isBoilerplate, groups));
            if (isBoilerplate)
            {
                boilerplate.Add(text.FamilyRoot(members[0]));
                hubs.Add(Hub.TextFamily(members.Length, groups));
            }
        }

        // Documents without identifiers join the identity whose text they copy.
        foreach (var (a, b, similarity) in text.Attachments)
        {
            if (!boilerplate.Contains(text.FamilyRoot(a)) && uf.Union(a, b))
            {
                edges.Add(TextEdge(a, b, similarity));
            }
        }

        // Two identities join on text only with enough distinct long near-duplicate pairs between them.
        foreach (var bridge in text.Bridges(options.BridgeSupport))
        {
            if (!boilerplate.Contains(text.FamilyRoot(bridge.A)) && uf.Union(bridge.A, bridge.B))
            {
                edges.Add(TextEdge(bridge.A, bridge.B, bridge.Similarity));
            }
        }
    }

    private static LinkEdge TextEdge(int a, int b, double similarity) =>
        new(a, b, LinkKind.Text, string.Create(CultureInfo.InvariantCulture, $"near-duplicate text {similarity:0.00}"), similarity);

    private static int CountGroups(UnionFind uf, ReadOnlySpan<int> docs, bool[] anchored, HashSet<int> roots)
    {
        roots.Clear();
        foreach (var d in docs)
        {
            if (anchored[d])
            {
                roots.Add(uf.Find(d));
            }
        }

        return roots.Count;
    }

    private static void JoinAll(UnionFind uf, ReadOnlySpan<int> docs, LinkIdentifier identifier, List<LinkEdge> edges)
    {
        for (var i = 1; i < docs.Length; i++)
        {
            if (uf.Union(docs[0], docs[i]))
            {
                edges.Add(new LinkEdge(docs[0], docs[i], identifier.Kind, identifier.Value, 1.0));
            }
        }
    }
}
