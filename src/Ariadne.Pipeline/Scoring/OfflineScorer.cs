using System.Globalization;
using Ariadne.Extraction;
using Ariadne.Linking;
using Ariadne.Pipeline.Linking;
using Ariadne.Scoring.Corpus;
using Ariadne.Scoring.Model;
using Ariadne.Scoring.Networks;

namespace Ariadne.Pipeline.Scoring;

/// <summary>
/// Scores a document file without a store, like <c>ariadne extract</c> and <c>ariadne link</c>: extracts each
/// document's entities, links the file into networks, and scores every document with the risk model. Network
/// features are computed over the file's own documents the way the model was trained (shared identifiers), so a file
/// scores as the same documents would in a store holding only them.
/// </summary>
public static class OfflineScorer
{
    /// <summary>Network facts shown as reasons, with the threshold from which each counts (as in <see cref="RiskModel.Reasons"/>).</summary>
    private static readonly (string Id, float Threshold, Func<NetworkFeatures, float> Value, string Words)[] NetworkFacts =
    [
        ("network.cities_30d", 3, n => n.CitiesPerIdentifier30Days, "its contact details appear in {0} cities within 30 days"),
        ("network.names", 3, n => n.NamesPerIdentifier, "{0} different names are advertised with the same contact details"),
        ("network.ages", 3, n => n.AgesPerIdentifier, "{0} different ages are stated with the same contact details"),
        ("network.ads", 10, n => n.AdsPerIdentifier, "the same contact details appear in {0} ads"),
    ];

    public static IReadOnlyList<OfflineScore> Run(IReadOnlyList<LinkInputRecord> records, RiskModel model, LinkOptions options, CancellationToken cancellationToken = default)
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
                    Text = record.Text,
                    Location = record.Location,
                    Country = record.Country,
                    PostedUtc = record.PostedUtc,
                    Entities = extractors.Value!.Extract(record.Text, record.Country),
                };
            });
        }

        var linked = OfflineLinker.Run(records, [], options, [.. documents.Select(d => d.Entities)], cancellationToken);
        var network = new IdentifierNetworkFeatureSource(documents);
        var prices = new CorpusPriceReference(documents);
        var scores = new OfflineScore[records.Count];
        for (var i = 0; i < documents.Length; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var features = network.Get(documents[i].Id);
            var risk = model.Score(documents[i], features, prices);
            scores[i] = new OfflineScore(documents[i].Id, linked.NetworkOf(i), risk.Probability, RiskBand.Of(risk.Probability),
                Reasons(documents[i].Text, risk, model.Features.Features.HasFlag(FeatureSet.Network) ? features : default));
        }

        return scores;
    }

    private static List<ScoreReason> Reasons(string text, RiskScore risk, NetworkFeatures network)
    {
        var reasons = new List<ScoreReason>();
        foreach (var hit in risk.Hits.GroupBy(h => h.Rule.Id, StringComparer.Ordinal).Select(g => g.First()))
        {
            var start = Math.Clamp(hit.Start, 0, text.Length);
            var end = Math.Clamp(hit.End, start, text.Length);
            reasons.Add(new ScoreReason(hit.Rule.VersionedId, hit.Rule.Weight, end > start ? text[start..end] : hit.Explanation));
        }

        foreach (var (id, threshold, value, words) in NetworkFacts)
        {
            var measured = value(network);
            if (measured >= threshold)
            {
                reasons.Add(new ScoreReason(id, measured, string.Format(CultureInfo.InvariantCulture, words, measured)));
            }
        }

        return reasons;
    }
}
