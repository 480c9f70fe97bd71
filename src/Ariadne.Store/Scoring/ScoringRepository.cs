using Ariadne.Core.Analysis;
using Ariadne.Core.Entities;
using Ariadne.Core.Indicators;
using Ariadne.Core.Review;
using Ariadne.Store.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Scoring;

/// <summary>
/// Scores, indicator hits, the review queue and reviewers' decisions. Score writes replace a document's earlier
/// hits and score in one transaction with its analysis mark, like entity extraction, so re-scoring is idempotent.
/// </summary>
public sealed class ScoringRepository(AriadneStore store)
{
    /// <summary>The documents with their bodies and mentions (mentions in text order).</summary>
    public async Task<IReadOnlyList<DocumentEntities>> LoadAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var context = store.CreateDbContext();
        var docs = await context.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.Title, d.Body, d.LocationRaw, d.Country, d.PostedAtUtc }).ToListAsync(cancellationToken);
        var mentions = (await context.EntityMentions.AsNoTracking().Where(m => ids.Contains(m.DocumentId)).ToListAsync(cancellationToken))
            .ToLookup(m => m.DocumentId, StringComparer.Ordinal);
        return [.. docs.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => new DocumentEntities(d.Id, d.Body, d.LocationRaw, d.Country, d.PostedAtUtc, [.. mentions[d.Id].OrderBy(m => m.Start).ThenBy(m => m.End)]) { Title = d.Title })];
    }

    /// <summary>
    /// The bodies of up to <paramref name="max"/> documents: all of them in a store that small, else a fixed
    /// pseudo-random sample (the first by content hash), for corpus statistics such as shared boilerplate sentences.
    /// </summary>
    public async Task<IReadOnlyList<(string Id, string Body)>> LoadTextSampleAsync(int max, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        await using var context = store.CreateDbContext();
        var rows = await context.Documents.AsNoTracking().OrderBy(d => d.ContentSha256).Take(max).Select(d => new { d.Id, d.Body }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.Body))];
    }

    public async Task<long> CountDocumentsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.Documents.LongCountAsync(cancellationToken);
    }

    /// <summary>
    /// What local price medians need of every document, and no more: where it was posted (its location field, or its
    /// first city mention when the field is empty) and its prices. Documents without a price are left out.
    /// </summary>
    public async Task<IReadOnlyList<DocumentEntities>> LoadPriceSamplesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        // One join, projected: a million price mentions materialise as small rows, not tracked entities.
        var rows = await (from m in context.EntityMentions.AsNoTracking()
                          join d in context.Documents.AsNoTracking() on m.DocumentId equals d.Id
                          where m.Type == EntityType.Price
                          select new { m.DocumentId, m.Value, m.Start, m.End, d.LocationRaw, d.Country, d.PostedAtUtc })
            .ToListAsync(cancellationToken);
        var unplaced = rows.Where(r => string.IsNullOrWhiteSpace(r.LocationRaw)).Select(r => r.DocumentId).Distinct(StringComparer.Ordinal).ToList();
        var cities = new Dictionary<string, EntityMention>(StringComparer.Ordinal);
        foreach (var chunk in unplaced.Chunk(2000))
        {
            foreach (var m in (await context.EntityMentions.AsNoTracking().Where(m => chunk.Contains(m.DocumentId)).ToListAsync(cancellationToken)).Where(m => m.Type == EntityType.Location))
            {
                if (!cities.TryGetValue(m.DocumentId, out var first) || m.Start < first.Start)
                {
                    cities[m.DocumentId] = m;
                }
            }
        }

        return [.. rows.GroupBy(r => r.DocumentId, StringComparer.Ordinal).Select(g =>
        {
            var d = g.First();
            IEnumerable<EntityMention> mentions = g.Select(r => new EntityMention { DocumentId = r.DocumentId, Type = EntityType.Price, Value = r.Value, Start = r.Start, End = r.End });
            if (cities.TryGetValue(g.Key, out var city))
            {
                mentions = mentions.Append(city);
            }

            return new DocumentEntities(g.Key, string.Empty, d.LocationRaw, d.Country, d.PostedAtUtc, [.. mentions.OrderBy(m => m.Start)]);
        })];
    }

    /// <summary>
    /// Every document's identifiers, names, ages, places and prices (no bodies): what network features and local
    /// price medians are computed from. Whole-store by design until the linking project supplies networks.
    /// </summary>
    public async Task<IReadOnlyList<DocumentEntities>> LoadIdentifierGraphAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var docs = await context.Documents.AsNoTracking().Select(d => new { d.Id, d.LocationRaw, d.Country, d.PostedAtUtc }).ToListAsync(cancellationToken);
        var mentions = (await context.EntityMentions.AsNoTracking().Where(m => m.Type != EntityType.Url).ToListAsync(cancellationToken))
            .ToLookup(m => m.DocumentId, StringComparer.Ordinal);
        return [.. docs.Select(d => new DocumentEntities(d.Id, string.Empty, d.LocationRaw, d.Country, d.PostedAtUtc, [.. mentions[d.Id].OrderBy(m => m.Start)]))];
    }

    /// <summary>Replaces the batch's hits and scores and marks the documents scored, in one transaction.</summary>
    public async Task SaveAsync(string stage, int version, IReadOnlyList<ScoreResult> results, DateTimeOffset analyzedAtUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return;
        }

        var ids = results.Select(r => r.DocumentId).ToList();
        await StageBatch.CommitAsync(store, stage, version, ids, analyzedAtUtc, async context =>
        {
            await context.IndicatorHits.Where(h => ids.Contains(h.DocumentId)).ExecuteDeleteAsync(cancellationToken);
            await context.RiskScores.Where(s => ids.Contains(s.DocumentId)).ExecuteDeleteAsync(cancellationToken);
            foreach (var result in results)
            {
                context.IndicatorHits.AddRange(result.Hits);
                context.RiskScores.Add(result.Score);
            }
        }, cancellationToken);
    }

    public async Task<DocumentRiskScore?> GetScoreAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.RiskScores.AsNoTracking().FirstOrDefaultAsync(s => s.DocumentId == documentId, cancellationToken);
    }

    /// <summary>The risk of each of these documents that has a score.</summary>
    public async Task<Dictionary<string, double>> GetProbabilitiesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        await using var context = store.CreateDbContext();
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var chunk in documentIds.Chunk(2000))
        {
            foreach (var row in await context.RiskScores.AsNoTracking().Where(s => chunk.Contains(s.DocumentId)).Select(s => new { s.DocumentId, s.Probability }).ToListAsync(cancellationToken))
            {
                result[row.DocumentId] = row.Probability;
            }
        }

        return result;
    }

    public async Task<IReadOnlyList<IndicatorHit>> GetHitsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.IndicatorHits.AsNoTracking().Where(h => h.DocumentId == documentId).OrderBy(h => h.Start).ThenBy(h => h.Id).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The queue: the <paramref name="top"/> riskiest undecided documents, then up to <paramref name="uncertain"/>
    /// undecided documents near the decision boundary (within <see cref="ReviewQueueItem.UncertainBand"/>), the least
    /// certain first, that are not already listed. An item is marked uncertain by its score alone, so a document at
    /// 0.01 is never called uncertain. Documents with any decision leave the queue; an escalated one waits for its
    /// senior review outside it.
    /// </summary>
    public async Task<IReadOnlyList<ReviewQueueItem>> ListQueueAsync(int top, int uncertain, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(top);
        ArgumentOutOfRangeException.ThrowIfNegative(uncertain);
        await using var context = store.CreateDbContext();
        var undecided = context.RiskScores.AsNoTracking().Where(s => !context.ReviewDecisions.Any(r => r.DocumentId == s.DocumentId));
        var ranked = await undecided.OrderByDescending(s => s.Probability).ThenBy(s => s.DocumentId).Take(top)
            .Join(context.Documents, s => s.DocumentId, d => d.Id, (s, d) => new { s.DocumentId, d.Title, s.Probability, s.Explanation, s.Certainty })
            .ToListAsync(cancellationToken);
        var taken = ranked.Select(r => r.DocumentId).ToHashSet(StringComparer.Ordinal);
        var unsure = await undecided.Where(s => s.Certainty <= ReviewQueueItem.UncertainBand).OrderBy(s => s.Certainty).ThenBy(s => s.DocumentId).Take(uncertain + top)
            .Join(context.Documents, s => s.DocumentId, d => d.Id, (s, d) => new { s.DocumentId, d.Title, s.Probability, s.Explanation, s.Certainty })
            .ToListAsync(cancellationToken);
        var items = ranked.OrderByDescending(r => r.Probability).ThenBy(r => r.DocumentId, StringComparer.Ordinal)
            .Select(r => new ReviewQueueItem(r.DocumentId, r.Title, r.Probability, ReviewQueueItem.IsUncertain(r.Certainty), r.Explanation)).ToList();
        items.AddRange(unsure.Where(u => !taken.Contains(u.DocumentId)).OrderBy(u => u.Certainty).ThenBy(u => u.DocumentId, StringComparer.Ordinal).Take(uncertain)
            .Select(u => new ReviewQueueItem(u.DocumentId, u.Title, u.Probability, true, u.Explanation)));
        return items;
    }

    /// <summary>
    /// One page of the undecided scored documents that pass <paramref name="filter"/>, in its order, with each
    /// document's text, mentions, hits, posting city and network. Each filter is a condition on an indexed key
    /// (risk on <c>probability</c>, indicator on the hits' <c>document_id</c>, city on <c>document_places</c>' key,
    /// network on <c>network_members</c>' key), the orders follow the <c>probability</c>, <c>certainty</c> and
    /// <c>(posted_at_utc, id)</c> indexes, and the page offset is bounded (<see cref="ReviewQueueFilter.MaxPages"/>),
    /// so a page reads a bounded run of index entries however large the store.
    /// </summary>
    public async Task<ReviewQueuePage> ListQueuePageAsync(ReviewQueueFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var size = Math.Clamp(filter.PageSize, 1, 100);
        var page = Math.Clamp(filter.Page, 0, ReviewQueueFilter.MaxPages - 1);
        await using var context = store.CreateDbContext();
        var scores = context.RiskScores.AsNoTracking().Where(s => !context.ReviewDecisions.Any(r => r.DocumentId == s.DocumentId));
        if (filter.MinRisk is { } min)
        {
            scores = scores.Where(s => s.Probability >= min);
        }

        if (filter.MaxRisk is { } max)
        {
            scores = scores.Where(s => s.Probability < max);
        }

        if (!string.IsNullOrWhiteSpace(filter.Indicator))
        {
            var category = filter.Indicator.Trim();
            scores = scores.Where(s => context.IndicatorHits.Any(h => h.DocumentId == s.DocumentId && h.Category == category));
        }

        if (!string.IsNullOrWhiteSpace(filter.City))
        {
            var city = filter.City.Trim();
            // "Houston, US" as stored, or "Houston" for that city name in any country.
            var prefix = city + ", ";
            scores = city.Contains(',', StringComparison.Ordinal)
                ? scores.Where(s => context.DocumentPlaces.Any(p => p.DocumentId == s.DocumentId && p.City == city))
                : scores.Where(s => context.DocumentPlaces.Any(p => p.DocumentId == s.DocumentId && p.City.StartsWith(prefix)));
        }

        if (!string.IsNullOrWhiteSpace(filter.NetworkId))
        {
            var network = filter.NetworkId.Trim();
            scores = scores.Where(s => context.NetworkMembers.Any(m => m.NetworkId == network && m.DocumentId == s.DocumentId));
        }

        var rows = scores.Join(context.Documents, s => s.DocumentId, d => d.Id,
            (s, d) => new { s.DocumentId, s.Probability, s.Certainty, s.Explanation, d.Title, d.Body, d.PostedAtUtc, d.PostedAtRaw, d.Language });
        if (!string.IsNullOrWhiteSpace(filter.Language))
        {
            var language = filter.Language.Trim();
            rows = rows.Where(r => r.Language == language);
        }

        rows = filter.Sort switch
        {
            ReviewQueueSort.Newest => rows.OrderByDescending(r => r.PostedAtUtc).ThenByDescending(r => r.DocumentId),
            ReviewQueueSort.LeastCertain => rows.OrderBy(r => r.Certainty).ThenBy(r => r.DocumentId),
            _ => rows.OrderByDescending(r => r.Probability).ThenBy(r => r.DocumentId),
        };
        var found = await rows.Skip(page * size).Take(size + 1).ToListAsync(cancellationToken);
        var hasMore = found.Count > size && page < ReviewQueueFilter.MaxPages - 1;
        found = found.Take(size).ToList();
        var ids = found.Select(r => r.DocumentId).ToList();
        var places = await context.DocumentPlaces.AsNoTracking().Where(p => ids.Contains(p.DocumentId)).ToDictionaryAsync(p => p.DocumentId, p => p.City, StringComparer.Ordinal, cancellationToken);
        var networks = (await context.NetworkMembers.AsNoTracking().Where(m => ids.Contains(m.DocumentId)).Select(m => new { m.DocumentId, m.NetworkId }).ToListAsync(cancellationToken))
            .GroupBy(m => m.DocumentId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(m => m.NetworkId).Min(StringComparer.Ordinal)!, StringComparer.Ordinal);
        var mentions = (await context.EntityMentions.AsNoTracking().Where(m => ids.Contains(m.DocumentId)).ToListAsync(cancellationToken)).ToLookup(m => m.DocumentId, StringComparer.Ordinal);
        var hits = (await context.IndicatorHits.AsNoTracking().Where(h => ids.Contains(h.DocumentId)).ToListAsync(cancellationToken)).ToLookup(h => h.DocumentId, StringComparer.Ordinal);
        var entries = found.Select(r => new ReviewQueueEntry(
            new ReviewQueueItem(r.DocumentId, r.Title, r.Probability, ReviewQueueItem.IsUncertain(r.Certainty), r.Explanation),
            r.Body, r.PostedAtUtc, r.PostedAtRaw, places.GetValueOrDefault(r.DocumentId), networks.GetValueOrDefault(r.DocumentId), r.Language,
            [.. mentions[r.DocumentId].OrderBy(m => m.Start).ThenBy(m => m.End)], [.. hits[r.DocumentId].OrderBy(h => h.Start).ThenBy(h => h.Id)])).ToList();
        return new ReviewQueuePage(entries, hasMore);
    }

    /// <summary>The review backlog: scored documents without any decision at <paramref name="minProbability"/> or more.</summary>
    public async Task<long> CountUndecidedAsync(double minProbability, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.RiskScores.AsNoTracking()
            .Where(s => s.Probability >= minProbability && !context.ReviewDecisions.Any(r => r.DocumentId == s.DocumentId))
            .LongCountAsync(cancellationToken);
    }

    /// <summary>Records a decision; false when the document does not exist.</summary>
    public async Task<bool> DecideAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        await using var context = store.CreateDbContext();
        if (!await context.Documents.AnyAsync(d => d.Id == decision.DocumentId, cancellationToken))
        {
            return false;
        }

        context.ReviewDecisions.Add(decision);
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>All decisions, oldest first (the audit trail).</summary>
    public async Task<IReadOnlyList<ReviewDecision>> ListDecisionsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return (await context.ReviewDecisions.AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(d => d.DecidedAtUtc).ThenBy(d => d.Id).ToList();
    }

    /// <summary>Documents whose latest decision is confirm (positive) or dismiss (negative), for training.</summary>
    public async Task<IReadOnlyList<LabelledStoreDocument>> ListLabelledAsync(CancellationToken cancellationToken = default)
    {
        var latest = (await ListDecisionsAsync(cancellationToken))
            .GroupBy(d => d.DocumentId, StringComparer.Ordinal)
            .Select(g => g.Last())
            .Where(d => d.Verdict != ReviewVerdict.Escalate)
            .ToDictionary(d => d.DocumentId, d => d.Verdict == ReviewVerdict.Confirm, StringComparer.Ordinal);
        var docs = await LoadAsync(latest.Keys, cancellationToken);
        return [.. docs.Select(d => new LabelledStoreDocument(d, latest[d.Id]))];
    }
}
