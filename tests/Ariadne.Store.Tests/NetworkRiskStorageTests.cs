using Ariadne.Core.Indicators;
using Ariadne.Core.Networks;
using Ariadne.Core.Review;
using Ariadne.Store.Ingest;
using Ariadne.Store.Linking;
using Ariadne.Store.Scoring;

namespace Ariadne.Store.Tests;

/// <summary>Networks ranked and filtered by their riskiest member, and the review backlog count, on both engines.</summary>
public abstract class NetworkRiskStorageTests : StoreTestBase
{
    private static readonly DateTimeOffset Now = TestDocuments.Noon.AddDays(2);

    private async Task<List<string>> AddDocumentsAsync(int count)
    {
        var batch = new IngestBatch { RunId = "run" };
        for (var i = 0; i < count; i++)
        {
            batch.Documents.Add(TestDocuments.Make("network ad number " + i, title: "Ad " + i));
        }

        await Store.CreateIngestSink().CommitBatchAsync(batch, default);
        return [.. batch.Documents.Select(d => d.Id).Order(StringComparer.Ordinal)];
    }

    private static (Network, IReadOnlyList<string>, IReadOnlyList<NetworkEdge>) Net(string id, params string[] members) =>
        (new Network { Id = id, DocumentCount = members.Length, UpdatedAtUtc = Now },
         members,
         [.. members.Skip(1).Select(m => new NetworkEdge { NetworkId = id, DocumentA = members[0], DocumentB = m, Kind = "phone", Evidence = "+15555550100" })]);

    private static ScoreResult Score(string id, double p) =>
        new(id, [], new DocumentRiskScore { DocumentId = id, Probability = p, Certainty = Math.Abs(p - 0.5), ModelId = "m1", Explanation = "r", ScoredAtUtc = Now });

    [Fact]
    public async Task Networks_are_filtered_and_paged_by_their_riskiest_member()
    {
        var d = await AddDocumentsAsync(9);
        // n1: 3 ads, one risky; n2: 3 ads, none risky; n3: 2 ads, risky; n4: 1 unscored pair.
        await Store.Links.ApplyAsync(new NetworkChanges([Net("n1", d[0], d[1], d[2]), Net("n2", d[3], d[4], d[5]), Net("n3", d[6], d[7])], [], []));
        await Store.Scoring.SaveAsync("score", 1, [Score(d[0], 0.2), Score(d[1], 0.91), Score(d[3], 0.49), Score(d[4], 0.1), Score(d[6], 0.5)], Now);

        Assert.Equal(2, await Store.Networks.CountRiskyNetworksAsync(0.5));
        var first = await Store.Networks.ListRiskyNetworksAsync(0.5, 1);
        Assert.Equal(["n1"], first.Select(n => n.Id));
        var second = await Store.Networks.ListRiskyNetworksAsync(0.5, 5, (first[0].DocumentCount, first[0].Id));
        Assert.Equal(["n3"], second.Select(n => n.Id));

        Assert.Equal(3, await Store.Networks.GetNetworkSizeAsync("n1"));
        Assert.Null(await Store.Networks.GetNetworkSizeAsync("n-none"));
        var probabilities = await Store.Scoring.GetProbabilitiesAsync([d[0], d[1], d[2]]);
        Assert.Equal([d[0], d[1]], probabilities.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0.91, probabilities[d[1]], 9);

        var max = await Store.Networks.MaxMemberRiskAsync(["n1", "n2", "n3", "n-none"]);
        Assert.Equal(3, max.Count);
        Assert.Equal(0.91, max["n1"], 9);
        Assert.Equal(0.49, max["n2"], 9);
        Assert.Equal(0.5, max["n3"], 9);
    }

    [Fact]
    public async Task The_backlog_counts_undecided_documents_at_the_threshold()
    {
        var d = await AddDocumentsAsync(4);
        await Store.Scoring.SaveAsync("score", 1, [Score(d[0], 0.9), Score(d[1], 0.7), Score(d[2], 0.3), Score(d[3], 0.5)], Now);
        Assert.Equal(3, await Store.Scoring.CountUndecidedAsync(0.5));

        await Store.Scoring.DecideAsync(new ReviewDecision { DocumentId = d[1], Verdict = ReviewVerdict.Escalate, Reason = "needs a case", Reviewer = "r", DecidedAtUtc = Now });

        Assert.Equal(2, await Store.Scoring.CountUndecidedAsync(0.5));
        Assert.Equal(3, await Store.Scoring.CountUndecidedAsync(0));
    }
}
