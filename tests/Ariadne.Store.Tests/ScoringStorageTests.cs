using Ariadne.Core.Indicators;
using Ariadne.Core.Review;
using Ariadne.Store.Analysis;
using Ariadne.Store.Ingest;
using Ariadne.Store.Scoring;

namespace Ariadne.Store.Tests;

/// <summary>Scores, hits, the review queue and decisions, on both engines.</summary>
public abstract class ScoringStorageTests : StoreTestBase
{
    private static readonly DateTimeOffset Now = TestDocuments.Noon.AddDays(2);

    private async Task<List<string>> AddDocumentsAsync(int count)
    {
        var batch = new IngestBatch { RunId = "run" };
        for (var i = 0; i < count; i++)
        {
            batch.Documents.Add(TestDocuments.Make("ad number " + i, title: "Ad " + i));
        }

        await Store.CreateIngestSink().CommitBatchAsync(batch, default);
        return [.. batch.Documents.Select(d => d.Id).Order(StringComparer.Ordinal)];
    }

    private static ScoreResult Result(string id, double p, int hits = 1) => new(
        id,
        [.. Enumerable.Range(0, hits).Select(k => new IndicatorHit { DocumentId = id, RuleId = "trust.real-and-verified@1", Category = "trust", Start = k, End = k + 3, Weight = 2, Explanation = "says 100% real" })],
        new DocumentRiskScore { DocumentId = id, Probability = p, Certainty = Math.Abs(p - 0.5), RuleWeight = 2, ModelId = "m1", Explanation = "reason " + id, ScoredAtUtc = Now });

    [Fact]
    public async Task Saving_scores_marks_documents_done_and_replaces_earlier_results()
    {
        var ids = await AddDocumentsAsync(3);
        var repo = new ScoringRepository(Store);
        Assert.Equal(3, await Store.Analysis.CountPendingAsync("score", 1));

        await repo.SaveAsync("score", 1, [Result(ids[0], 0.9, hits: 2), Result(ids[1], 0.1)], Now);
        Assert.Equal([ids[2]], await Store.Analysis.ListPendingIdsAsync("score", 1));
        Assert.Equal(2, (await repo.GetHitsAsync(ids[0])).Count);

        await repo.SaveAsync("score", 1, [Result(ids[0], 0.4, hits: 1)], Now);
        var score = await repo.GetScoreAsync(ids[0]);
        Assert.NotNull(score);
        Assert.Equal(0.4, score.Probability, 9);
        Assert.Equal("reason " + ids[0], score.Explanation);
        Assert.Single(await repo.GetHitsAsync(ids[0]));
        Assert.Equal(3, await Store.Analysis.CountPendingAsync("score", 2));
    }

    [Fact]
    public async Task The_pending_count_agrees_with_the_pending_list_across_versions_and_stages()
    {
        // The count is documents minus the stage's rows at that version (two index counts); the list is the anti-join.
        var ids = await AddDocumentsAsync(5);
        var repo = new ScoringRepository(Store);
        await repo.SaveAsync("score", 1, [Result(ids[0], 0.9), Result(ids[1], 0.2)], Now);
        await repo.SaveAsync("score", 2, [Result(ids[2], 0.5)], Now);
        await repo.SaveAsync("score", 2, [Result(ids[0], 0.7)], Now); // moves ids[0] from version 1 to 2
        await repo.SaveAsync("other", 1, [Result(ids[3], 0.5)], Now);

        foreach (var (stage, version, expected) in (ValueTuple<string, int, int>[])[("score", 1, 4), ("score", 2, 3), ("other", 1, 4), ("none", 1, 5)])
        {
            Assert.Equal(expected, (await Store.Analysis.ListPendingIdsAsync(stage, version)).Count);
            Assert.Equal(expected, await Store.Analysis.CountPendingAsync(stage, version));
        }
    }

    [Fact]
    public async Task Pending_ids_are_the_new_documents_in_id_order_and_an_old_pending_one_is_not_missed()
    {
        // 1,100 documents in insertion order: more than the newest-first look-back (4 × expected + 1,000) reaches.
        var batch = new IngestBatch { RunId = "run" };
        for (var i = 0; i < 1_100; i++)
        {
            batch.Documents.Add(TestDocuments.Make("ad number " + i, title: "Ad " + i));
        }

        await Store.CreateIngestSink().CommitBatchAsync(batch, default);
        var inserted = batch.Documents.Select(d => d.Id).ToList();
        static ExtractionResult Done(string id) => new(id, []);

        // All but the oldest processed: the newest-first look never sees it, the anti-join must.
        await Store.Analysis.SaveExtractionAsync("extract", 1, [.. inserted.Skip(1).Select(Done)], Now);
        Assert.Equal([inserted[0]], await Store.Analysis.ListPendingIdsAsync("extract", 1));

        // Then 5 new documents: found newest first, returned in id order, the old one still among them.
        await Store.Analysis.SaveExtractionAsync("extract", 1, [Done(inserted[0])], Now);
        var later = new IngestBatch { RunId = "run2" };
        for (var i = 0; i < 5; i++)
        {
            later.Documents.Add(TestDocuments.Make("later ad " + i, title: "Later " + i));
        }

        await Store.CreateIngestSink().CommitBatchAsync(later, default);
        Assert.Equal(later.Documents.Select(d => d.Id).Order(StringComparer.Ordinal), await Store.Analysis.ListPendingIdsAsync("extract", 1));
        Assert.Equal(1_105, (await Store.Analysis.ListPendingIdsAsync("extract", 2)).Count);
        Assert.Equal(later.Documents.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Title),
            (await Store.Analysis.LoadPendingAsync(await Store.Analysis.ListPendingIdsAsync("extract", 1))).Select(d => d.Title));
    }

    [Fact]
    public async Task The_queue_ranks_by_risk_then_adds_the_least_certain_and_drops_decided_documents()
    {
        var ids = await AddDocumentsAsync(6);
        var repo = new ScoringRepository(Store);
        double[] p = [0.99, 0.95, 0.52, 0.10, 0.47, 0.01];
        await repo.SaveAsync("score", 1, [.. ids.Select((id, i) => Result(id, p[i]))], Now);

        var queue = await repo.ListQueueAsync(top: 2, uncertain: 2);
        // 0.52 is nearer 0.5 than 0.47, so it comes first among the uncertain.
        Assert.Equal([ids[0], ids[1], ids[2], ids[4]], queue.Select(q => q.DocumentId));
        Assert.Equal([false, false, true, true], queue.Select(q => q.Uncertain));
        Assert.Equal("Ad", queue[0].Title![..2]);

        Assert.True(await repo.DecideAsync(new ReviewDecision { DocumentId = ids[0], Verdict = ReviewVerdict.Confirm, Reason = "third-party wording", Reviewer = "analyst-1", DecidedAtUtc = Now, ProbabilityShown = 0.99 }));
        Assert.True(await repo.DecideAsync(new ReviewDecision { DocumentId = ids[4], Verdict = ReviewVerdict.Dismiss, Reason = "independent", Reviewer = "analyst-2", DecidedAtUtc = Now }));
        Assert.False(await repo.DecideAsync(new ReviewDecision { DocumentId = "d-missing", Verdict = ReviewVerdict.Dismiss, Reason = "x", Reviewer = "y", DecidedAtUtc = Now }));

        queue = await repo.ListQueueAsync(top: 2, uncertain: 2);
        // 0.52 ranks second and is near the boundary; 0.10 and 0.01 are confident, so none is added as uncertain.
        Assert.Equal([ids[1], ids[2]], queue.Select(q => q.DocumentId));
        Assert.Equal([false, true], queue.Select(q => q.Uncertain));
    }

    [Fact]
    public async Task The_filtered_queue_narrows_by_band_indicator_city_and_language_sorts_and_pages()
    {
        var ids = await AddDocumentsAsync(6);
        var repo = new ScoringRepository(Store);
        double[] p = [0.99, 0.85, 0.55, 0.30, 0.12, 0.02];
        await repo.SaveAsync("score", 1, [.. ids.Select((id, i) => Result(id, p[i]))], Now);
        await using (var context = Store.CreateDbContext())
        {
            // ids[1] and ids[4] were posted in Houston and carry a third-party hit besides the trust one.
            context.DocumentPlaces.AddRange(new Core.Analysis.DocumentPlace { DocumentId = ids[1], City = "Houston, US" }, new Core.Analysis.DocumentPlace { DocumentId = ids[4], City = "Houston, US" },
                new Core.Analysis.DocumentPlace { DocumentId = ids[2], City = "Dallas, US" });
            context.IndicatorHits.AddRange(
                new IndicatorHit { DocumentId = ids[1], RuleId = "third-party.manager@1", Category = "third-party", Start = 0, End = 2, Weight = 2, Explanation = "manager" },
                new IndicatorHit { DocumentId = ids[4], RuleId = "third-party.manager@1", Category = "third-party", Start = 0, End = 2, Weight = 2, Explanation = "manager" });
            await context.SaveChangesAsync();
        }

        var all = await repo.ListQueuePageAsync(new ReviewQueueFilter());
        Assert.Equal([ids[0], ids[1], ids[2], ids[3], ids[4], ids[5]], all.Entries.Select(e => e.Item.DocumentId));
        Assert.Equal([false, false, true, false, false, false], all.Entries.Select(e => e.Item.Uncertain));
        Assert.Equal("Houston, US", all.Entries[1].City);
        Assert.Equal(2, all.Entries[1].Hits.Count);
        Assert.StartsWith("ad number", all.Entries[1].Body, StringComparison.Ordinal);

        Assert.Equal([ids[2], ids[3]], (await repo.ListQueuePageAsync(new ReviewQueueFilter { MinRisk = 0.2, MaxRisk = 0.8 })).Entries.Select(e => e.Item.DocumentId));
        Assert.Equal([ids[1], ids[4]], (await repo.ListQueuePageAsync(new ReviewQueueFilter { Indicator = "third-party" })).Entries.Select(e => e.Item.DocumentId));
        Assert.Equal([ids[4]], (await repo.ListQueuePageAsync(new ReviewQueueFilter { Indicator = "third-party", City = "Houston, US", MaxRisk = 0.2 })).Entries.Select(e => e.Item.DocumentId));
        Assert.Empty((await repo.ListQueuePageAsync(new ReviewQueueFilter { Language = "pt" })).Entries);
        Assert.Empty((await repo.ListQueuePageAsync(new ReviewQueueFilter { NetworkId = "n-none" })).Entries);

        var unsure = await repo.ListQueuePageAsync(new ReviewQueueFilter { Sort = ReviewQueueSort.LeastCertain, PageSize = 2 });
        Assert.Equal([ids[2], ids[3]], unsure.Entries.Select(e => e.Item.DocumentId));
        Assert.True(unsure.HasMore);
        var last = await repo.ListQueuePageAsync(new ReviewQueueFilter { Sort = ReviewQueueSort.LeastCertain, PageSize = 2, Page = 2 });
        Assert.Equal([ids[5], ids[0]], last.Entries.Select(e => e.Item.DocumentId));
        Assert.False(last.HasMore);

        await repo.DecideAsync(new ReviewDecision { DocumentId = ids[0], Verdict = ReviewVerdict.Confirm, Reason = "seen", Reviewer = "r", DecidedAtUtc = Now });
        Assert.DoesNotContain((await repo.ListQueuePageAsync(new ReviewQueueFilter())).Entries, e => e.Item.DocumentId == ids[0]);
    }

    [Fact]
    public async Task The_latest_confirm_or_dismiss_labels_a_document_for_training_and_escalate_does_not()
    {
        var ids = await AddDocumentsAsync(3);
        var repo = new ScoringRepository(Store);
        await repo.DecideAsync(new ReviewDecision { DocumentId = ids[0], Verdict = ReviewVerdict.Dismiss, Reason = "first look", Reviewer = "a", DecidedAtUtc = Now });
        await repo.DecideAsync(new ReviewDecision { DocumentId = ids[0], Verdict = ReviewVerdict.Confirm, Reason = "second look", Reviewer = "b", DecidedAtUtc = Now.AddMinutes(5) });
        await repo.DecideAsync(new ReviewDecision { DocumentId = ids[1], Verdict = ReviewVerdict.Dismiss, Reason = "adult worker", Reviewer = "a", DecidedAtUtc = Now });
        await repo.DecideAsync(new ReviewDecision { DocumentId = ids[2], Verdict = ReviewVerdict.Escalate, Reason = "unsure", Reviewer = "a", DecidedAtUtc = Now });

        var labelled = await repo.ListLabelledAsync();
        Assert.Equal([(ids[0], true), (ids[1], false)], labelled.Select(l => (l.Document.Id, l.Positive)).OrderBy(x => x.Id, StringComparer.Ordinal));
        Assert.Equal("ad number", labelled[0].Document.Body[..9]);
        var trail = await repo.ListDecisionsAsync();
        Assert.Equal(4, trail.Count);
        Assert.Equal(("b", ReviewVerdict.Confirm, "second look"), (trail[^1].Reviewer, trail[^1].Verdict, trail[^1].Reason));
        Assert.Equal(Now.AddMinutes(5), trail[^1].DecidedAtUtc);
    }
}
