using Ariadne.Analysis.Scoring;
using Ariadne.Scoring.Evidence;
using Ariadne.Scoring.Model;
using Ariadne.Scoring.Networks;
using Ariadne.Store;
using Ariadne.Store.Scoring;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// The scoring stage of <c>ariadne analyze</c>: indicator rules and the risk model over the documents not yet
/// scored and over every member of the linked networks they are in or that the link stage just changed. It runs
/// after linking because network evidence (a network's pooled wording, phones used in turn, controlled movement)
/// comes from the linker's networks, where hubs and boilerplate never join unrelated ads. Documents are processed a
/// whole network at a time, so each network's evidence is complete when its members are scored, and each document
/// is read once.
/// </summary>
public sealed class ScoreStage : IAnalysisStage
{
    public const string Name = "score";

    /// <summary>
    /// Bump when scoring changes what it stores (rules, features, explanation): documents scored by an older
    /// version become pending again and their hits and scores are replaced on the next <c>ariadne analyze</c>.
    /// Version 2: the evidence model, titles read, network evidence from linked networks.
    /// </summary>
    public const int Version = 2;

    string IAnalysisStage.Name => Name;

    int IAnalysisStage.Version => Version;

    public bool IsEnabled(AnalyzeOptions options) => options.Scorer is not null;

    public Task<long> CountPendingAsync(AriadneStore store, CancellationToken cancellationToken) =>
        store.Analysis.CountPendingAsync(Name, Version, cancellationToken);

    /// <remarks>Documents in networks the link stage created or changed in this run are scored again.</remarks>
    public async Task<AnalyzeSummary> RunAsync(StageContext context, AnalyzeSummary summary, CancellationToken cancellationToken)
    {
        var score = await ScoreAsync(context.Store, context.Options.Scorer!, context.Options.BatchSize, context.Workers, summary.Link?.ChangedNetworkIds ?? [], context.Progress,
            context.Time, cancellationToken);
        return summary with { ScoreStageRan = true, DocumentsScored = score.Scored, DocumentsRescored = score.Rescored, IndicatorHits = score.Hits, HighRisk = score.HighRisk };
    }

    private static async Task<ScoreStageSummary> ScoreAsync(AriadneStore store, DocumentScorer scorer, int batchSize, int workers, IReadOnlyCollection<string> changedNetworks,
        IProgress<AnalyzeProgress>? progress, TimeProvider time, CancellationToken cancellationToken)
    {
        var repository = new ScoringRepository(store);
        var pending = await store.Analysis.ListPendingIdsAsync(Name, Version, cancellationToken);
        var networkOfPending = await store.Links.NetworksOfAsync(pending, cancellationToken);
        var networks = networkOfPending.Values.Concat(changedNetworks).ToHashSet(StringComparer.Ordinal);
        var members = await store.Links.MembersOfAsync(networks, cancellationToken);
        var pendingSet = pending.ToHashSet(StringComparer.Ordinal);
        var rescored = members.Keys.Count(id => !pendingSet.Contains(id));
        if (pending.Count == 0 && members.Count == 0)
        {
            return new ScoreStageSummary(0, 0, 0, 0);
        }

        var shared = await SharedSentencesAsync(store, repository, cancellationToken);
        var hubPhones = OfflineScorer.HubPhones((await store.Networks.ListHubsAsync(cancellationToken)).Select(h => (h.Kind, h.Value)));
        var prices = new CorpusPriceReference([.. (await repository.LoadPriceSamplesAsync(cancellationToken)).Select(DocumentScorer.ToScoring)]);
        var batches = Batches(pending, members, batchSize);
        var total = batches.Sum(b => b.Count);
        long done = 0, hits = 0, high = 0;
        progress?.Report(new AnalyzeProgress(0, total, Name));
        foreach (var ids in batches)
        {
            var docs = await repository.LoadAsync(ids, cancellationToken);
            var scoring = docs.Select(d => OfflineScorer.WithShared(DocumentScorer.ToScoring(d), shared)).ToArray();
            // First every member's own wording, then each network's evidence from all of them, then the scores.
            var own = new NetworkMember[docs.Count];
            Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, i =>
            {
                own[i] = OfflineScorer.Member(scoring[i], members.GetValueOrDefault(docs[i].Id), scorer.Model, hubPhones);
            });

            var evidence = NetworkEvidenceBuilder.Build(own);
            var now = time.GetUtcNow();
            var results = new ScoreResult[docs.Count];
            Parallel.For(0, docs.Count, new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken }, i =>
            {
                results[i] = scorer.Score(scoring[i], evidence[scoring[i].Id], prices, now);
            });

            await repository.SaveAsync(Name, Version, results, now, cancellationToken);
            hits += results.Sum(r => r.Hits.Count);
            high += results.Count(r => r.Score.Probability >= 0.5);
            done += docs.Count;
            progress?.Report(new AnalyzeProgress(done, total, Name));
        }

        return new ScoreStageSummary(done, rescored, hits, high);
    }

    /// <summary>Documents read to find the sentences unrelated posters share (all of a store up to this size).</summary>
    public const int SharedSample = 50_000;

    // Boilerplate is in a quarter of all ads or in hundreds of a stock text's copies, so a sample of 50,000 finds it;
    // a store up to that size is read whole, and scores exactly as `ariadne score` scores the same file.
    private static async Task<SharedWording> SharedSentencesAsync(AriadneStore store, ScoringRepository repository, CancellationToken cancellationToken)
    {
        var sample = await repository.LoadTextSampleAsync(SharedSample, cancellationToken);
        var networks = await store.Links.NetworksOfAsync([.. sample.Select(s => s.Id)], cancellationToken);
        return SharedWording.Build(sample.Select(s => (s.Body, networks.GetValueOrDefault(s.Id) ?? s.Id)));
    }

    // Whole networks per batch (a network larger than a batch is a batch of its own), then the unlinked documents.
    private static List<List<string>> Batches(IReadOnlyList<string> pending, Dictionary<string, string> members, int batchSize)
    {
        var batches = new List<List<string>>();
        var current = new List<string>();
        foreach (var network in members.GroupBy(m => m.Value, m => m.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (current.Count > 0 && current.Count + network.Count() > batchSize)
            {
                batches.Add(current);
                current = [];
            }

            current.AddRange(network.Order(StringComparer.Ordinal));
        }

        foreach (var id in pending.Where(id => !members.ContainsKey(id)).Order(StringComparer.Ordinal))
        {
            if (current.Count >= batchSize)
            {
                batches.Add(current);
                current = [];
            }

            current.Add(id);
        }

        if (current.Count > 0)
        {
            batches.Add(current);
        }

        return batches;
    }
}
