using Ariadne.Analysis.Linking;
using Ariadne.Core.Entities;
using Ariadne.Extraction;
using Ariadne.Linking;
using Ariadne.Linking.Graph;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Evidence;
using Ariadne.Scoring.Model;
using Ariadne.Scoring.Networks;

namespace Ariadne.Analysis.Scoring;

/// <summary>
/// Scores a document file without a store, like <c>ariadne extract</c> and <c>ariadne link</c>: extracts each
/// document's entities, links the file into networks, and scores every document with the evidence of its network
/// (the linker's, so hubs and boilerplate never pool unrelated ads), the way <c>ariadne analyze</c> scores the same
/// documents in a store holding only them.
/// </summary>
public static class OfflineScorer
{
    public static IReadOnlyList<OfflineScore> Run(IReadOnlyList<LinkInputRecord> records, IRiskScorer model, LinkOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(model);
        var documents = new ScoringDocument[records.Count];
        using (var extractors = new ThreadLocal<EntityExtractor>(() => new EntityExtractor()))
        {
            Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken }, i =>
            {
                var record = records[i];
                documents[i] = new ScoringDocument
                {
                    Id = record.Id,
                    Title = record.Title,
                    Text = record.Text,
                    Location = record.Location,
                    Country = record.Country,
                    PostedUtc = record.PostedUtc,
                    Entities = extractors.Value!.Extract(record.Text, record.Country),
                };
            });
        }

        var linked = OfflineLinker.Run(records, [], options, [.. documents.Select(d => d.Entities)], cancellationToken);
        var hubPhones = HubPhones(linked.Link.Hubs.Select(h => (LinkKinds.Name(h.Kind), h.Value)));
        var shared = SharedWording.Build(documents.Select((d, i) => (d.Text, linked.NetworkOf(i))));
        for (var i = 0; i < documents.Length; i++)
        {
            documents[i] = WithShared(documents[i], shared);
        }

        var members = new NetworkMember[documents.Length];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken }, i =>
        {
            members[i] = Member(documents[i], linked.NetworkOf(i), model, hubPhones);
        });

        var evidence = NetworkEvidenceBuilder.Build(members);
        var prices = new CorpusPriceReference(documents);
        var scores = new OfflineScore[records.Count];
        Parallel.For(0, documents.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken }, i =>
        {
            var risk = model.Score(documents[i], evidence[documents[i].Id], prices);
            scores[i] = new OfflineScore(documents[i].Id, linked.NetworkOf(i), risk.Probability, RiskBand.Of(risk.Probability),
                [.. risk.Reasons.Select(r => new ScoreReason(r.Id, r.Weight, r.Text))]);
        });

        return scores;
    }

    /// <summary>The document with the spans of its text that <paramref name="shared"/> knows as shared wording.</summary>
    public static ScoringDocument WithShared(ScoringDocument document, SharedWording shared)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(shared);
        var spans = shared.SpansOf(document.Text);
        return spans.Count == 0 ? document : document with { SharedSpans = spans };
    }

    /// <summary>The phone numbers among the linker's hubs (support lines, help lines): never counted as a network's own phones.</summary>
    public static IReadOnlySet<string> HubPhones(IEnumerable<(string Kind, string Value)> hubs)
    {
        ArgumentNullException.ThrowIfNull(hubs);
        return hubs.Where(h => h.Kind == LinkKinds.Name(LinkKind.Phone)).Select(h => h.Value).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// What network evidence needs of one document (its own wording's categories included). Hub phones are left
    /// out: an independent's ads that all carry the board's support line would otherwise look like a network using
    /// two numbers.
    /// </summary>
    public static NetworkMember Member(ScoringDocument document, string? networkId, IRiskScorer model, IReadOnlySet<string> hubPhones)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(hubPhones);
        var place = IdentifierNetworkFeatureSource.PlaceOf(document);
        var hits = EvidenceModel.CountedHits(model.Rules, document, null);
        return new NetworkMember(document.Id, networkId, document.PostedUtc, place,
            [.. document.Entities.Where(e => e.Type == EntityType.Phone && !hubPhones.Contains(e.Value)).Select(e => e.Value)],
            [.. document.Entities.Where(e => e.Type == EntityType.Name).Select(e => e.Value)],
            [.. document.Entities.Where(e => e.Type == EntityType.Age).Select(e => e.Value)],
            EvidenceModel.CategoriesOf(hits));
    }
}
