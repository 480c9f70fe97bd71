using Ariadne.Core.Entities;
using Ariadne.Store.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Watches;

/// <summary>
/// Saved searches and watches, their matches, and what the watch stage reads to evaluate them. Every read and change
/// of a watch names its owner: an account never sees or changes another's watch (null or false, as for a missing one).
/// </summary>
public sealed class WatchRepository(AriadneStore store)
{
    public const int MaxNameLength = 200;

    /// <summary>Creates a watch; its matches start with the next analyze run (documents already analysed are not new to it).</summary>
    public async Task<Watch> AddAsync(string ownerUserId, string name, WatchKind kind, string definition, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerUserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(definition);
        var watch = new Watch
        {
            OwnerUserId = ownerUserId,
            Name = CleanName(name),
            Kind = kind,
            Definition = definition,
            CreatedAtUtc = Milliseconds(now),
            LastVisitUtc = Milliseconds(now),
        };
        await using var context = store.CreateDbContext();
        context.Watches.Add(watch);
        await context.SaveChangesAsync(cancellationToken);
        return watch;
    }

    /// <summary>The owner's watches, newest first, with their total and new match counts.</summary>
    public async Task<IReadOnlyList<WatchSummary>> ListAsync(string ownerUserId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerUserId);
        await using var context = store.CreateDbContext();
        var watches = await context.Watches.AsNoTracking().Where(w => w.OwnerUserId == ownerUserId)
            .OrderByDescending(w => w.CreatedAtUtc).ThenByDescending(w => w.Id).ToListAsync(cancellationToken);
        var counts = await (from m in context.WatchMatches
                            join w in context.Watches on m.WatchId equals w.Id
                            where w.OwnerUserId == ownerUserId
                            group new { m.FoundAtUtc, w.LastVisitUtc } by m.WatchId into g
                            select new { WatchId = g.Key, Total = g.LongCount(), New = g.LongCount(x => x.FoundAtUtc > x.LastVisitUtc) })
            .ToDictionaryAsync(c => c.WatchId, cancellationToken);
        return [.. watches.Select(w => counts.TryGetValue(w.Id, out var c) ? new WatchSummary(w, c.Total, c.New) : new WatchSummary(w, 0, 0))];
    }

    /// <summary>The watch if it exists and belongs to <paramref name="ownerUserId"/>, else null.</summary>
    public async Task<Watch?> GetAsync(long id, string ownerUserId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.Watches.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id && w.OwnerUserId == ownerUserId, cancellationToken);
    }

    /// <summary>Renames the owner's watch; false when there is no such watch of theirs.</summary>
    public async Task<bool> RenameAsync(long id, string ownerUserId, string name, CancellationToken cancellationToken = default)
    {
        var clean = CleanName(name);
        await using var context = store.CreateDbContext();
        return await context.Watches.Where(w => w.Id == id && w.OwnerUserId == ownerUserId)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.Name, clean), cancellationToken) > 0;
    }

    /// <summary>Deletes the owner's watch and its matches; false when there is no such watch of theirs.</summary>
    public async Task<bool> RemoveAsync(long id, string ownerUserId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        if (!await context.Watches.AnyAsync(w => w.Id == id && w.OwnerUserId == ownerUserId, cancellationToken))
        {
            return false;
        }

        await context.WatchMatches.Where(m => m.WatchId == id).ExecuteDeleteAsync(cancellationToken);
        await context.Watches.Where(w => w.Id == id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Records the owner's visit to the watch's page: matches found up to <paramref name="now"/> are no longer new.
    /// Returns the previous visit (what "new" meant on the page being shown), or null when there is no such watch of theirs.
    /// </summary>
    public async Task<DateTimeOffset?> MarkVisitedAsync(long id, string ownerUserId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var watch = await context.Watches.FirstOrDefaultAsync(w => w.Id == id && w.OwnerUserId == ownerUserId, cancellationToken);
        if (watch is null)
        {
            return null;
        }

        var previous = watch.LastVisitUtc;
        watch.LastVisitUtc = Milliseconds(now);
        await context.SaveChangesAsync(cancellationToken);
        return previous;
    }

    /// <summary>
    /// One page of the watch's matching documents, most recently found first; those found after
    /// <paramref name="newAfter"/> are marked new. Throws <see cref="ArgumentException"/> for a cursor not made here.
    /// </summary>
    public async Task<WatchMatchPage> ListMatchesAsync(long watchId, DateTimeOffset newAfter, string? cursor, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pageSize);
        await using var context = store.CreateDbContext();
        var matches = context.WatchMatches.AsNoTracking().Where(m => m.WatchId == watchId);
        if (!string.IsNullOrEmpty(cursor))
        {
            var after = WatchMatchCursor.Decode(cursor);
            var at = DateTimeOffset.FromUnixTimeMilliseconds(after.FoundAtUnixMs);
            // EF translates string.Compare to the SQL "<"; ids are ASCII hex, which every collation orders alike.
#pragma warning disable CA1309
            matches = matches.Where(m => m.FoundAtUtc < at || (m.FoundAtUtc == at && string.Compare(m.DocumentId, after.DocumentId) < 0));
#pragma warning restore CA1309
        }

        var rows = await (from m in matches
                          join d in context.Documents on m.DocumentId equals d.Id
                          orderby m.FoundAtUtc descending, m.DocumentId descending
                          select new { d.Id, d.Title, Snippet = d.Body.Substring(0, 200), d.PostedAtUtc, d.LocationRaw, m.FoundAtUtc })
            .Take(pageSize + 1).ToListAsync(cancellationToken);
        var items = rows.Take(pageSize)
            .Select(r => new WatchedDocument(r.Id, r.Title, r.Snippet, r.PostedAtUtc, r.LocationRaw, r.FoundAtUtc, r.FoundAtUtc > newAfter)).ToList();
        var next = rows.Count > pageSize ? new WatchMatchCursor(items[^1].FoundAtUtc.ToUnixTimeMilliseconds(), items[^1].Id).Encode() : null;
        return new WatchMatchPage(items, next);
    }

    /// <summary>The owner's watches, how many have matches they have not seen, and how many such matches there are.</summary>
    public async Task<WatchAlerts> AlertsAsync(string ownerUserId, CancellationToken cancellationToken = default)
    {
        var summaries = await ListAsync(ownerUserId, cancellationToken);
        return new WatchAlerts(summaries.Count, summaries.Count(s => s.NewMatches > 0), summaries.Sum(s => s.NewMatches));
    }

    /// <summary>Every account's watches, for the watch stage.</summary>
    public async Task<IReadOnlyList<Watch>> ListAllAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.Watches.AsNoTracking().OrderBy(w => w.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Which of <paramref name="documents"/> mention one of <paramref name="values"/> (type and normalised value), on the mention index.</summary>
    public async Task<IReadOnlyList<(string DocumentId, string Value)>> MentionsInAsync(EntityType type, IReadOnlyCollection<string> values, IReadOnlyCollection<string> documents,
        CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var rows = await context.EntityMentions.AsNoTracking()
            .Where(m => m.Type == type && values.Contains(m.Value) && documents.Contains(m.DocumentId))
            .Select(m => new { m.DocumentId, m.Value }).Distinct().ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.DocumentId, r.Value))];
    }

    /// <summary>Which of <paramref name="documents"/> are members of one of <paramref name="networkIds"/>.</summary>
    public async Task<IReadOnlyList<(string DocumentId, string NetworkId)>> NetworkMembersInAsync(IReadOnlyCollection<string> networkIds, IReadOnlyCollection<string> documents,
        CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var rows = await context.NetworkMembers.AsNoTracking()
            .Where(m => networkIds.Contains(m.NetworkId) && documents.Contains(m.DocumentId))
            .Select(m => new { m.DocumentId, m.NetworkId }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.DocumentId, r.NetworkId))];
    }

    /// <summary>Which of <paramref name="documents"/> were posted in one of <paramref name="cities"/> ("Houston, US", as the extract stage placed them).</summary>
    public async Task<IReadOnlyList<(string DocumentId, string City)>> PlacesInAsync(IReadOnlyCollection<string> cities, IReadOnlyCollection<string> documents,
        CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var rows = await context.DocumentPlaces.AsNoTracking()
            .Where(p => cities.Contains(p.City) && documents.Contains(p.DocumentId))
            .Select(p => new { p.DocumentId, p.City }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.DocumentId, r.City))];
    }

    /// <summary>Which of <paramref name="documents"/> a link run has placed (network membership is final for them).</summary>
    public async Task<IReadOnlySet<string>> LinkedAmongAsync(IReadOnlyCollection<string> documents, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in documents.Chunk(2_000))
        {
            linked.UnionWith(await context.TextSignatures.AsNoTracking().Where(s => s.Linked && chunk.Contains(s.DocumentId)).Select(s => s.DocumentId).ToListAsync(cancellationToken));
        }

        return linked;
    }

    /// <summary>
    /// Records one evaluated batch in one transaction: the new matches (a match already recorded is skipped, as is a
    /// watch deleted meanwhile), each evaluated watch's time, and the batch's marks for <paramref name="stage"/>.
    /// Returns the matches added.
    /// </summary>
    public async Task<int> SaveEvaluationAsync(string stage, int version, IReadOnlyCollection<string> documents, IReadOnlyCollection<WatchHit> hits,
        IReadOnlyCollection<long> watchIds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(watchIds);
        var found = Milliseconds(now);
        var added = 0;
        await StageBatch.CommitAsync(store, stage, version, documents, found, async context =>
        {
            if (watchIds.Count == 0)
            {
                return;
            }

            var live = (await context.Watches.Where(w => watchIds.Contains(w.Id)).Select(w => w.Id).ToListAsync(cancellationToken)).ToHashSet();
            var hitDocuments = hits.Select(h => h.DocumentId).Distinct(StringComparer.Ordinal).ToList();
            var recorded = (await context.WatchMatches.Where(m => watchIds.Contains(m.WatchId) && hitDocuments.Contains(m.DocumentId))
                .Select(m => new { m.WatchId, m.DocumentId }).ToListAsync(cancellationToken))
                .Select(m => new WatchHit(m.WatchId, m.DocumentId)).ToHashSet();
            foreach (var hit in hits.Distinct())
            {
                if (live.Contains(hit.WatchId) && recorded.Add(hit))
                {
                    context.WatchMatches.Add(new WatchMatch { WatchId = hit.WatchId, DocumentId = hit.DocumentId, FoundAtUtc = found });
                    added++;
                }
            }

            await context.Watches.Where(w => watchIds.Contains(w.Id)).ExecuteUpdateAsync(s => s.SetProperty(w => w.EvaluatedAtUtc, found), cancellationToken);
        }, cancellationToken);
        return added;
    }

    private static string CleanName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var clean = name.Trim();
        return clean.Length <= MaxNameLength ? clean : clean[..MaxNameLength];
    }

    // Match times are compared with a page cursor in Unix milliseconds, the unit SQLite stores: PostgreSQL keeps
    // microseconds, which would make a row found within the cursor's millisecond sort on both sides of it.
    private static DateTimeOffset Milliseconds(DateTimeOffset value) => DateTimeOffset.FromUnixTimeMilliseconds(value.ToUnixTimeMilliseconds());
}
