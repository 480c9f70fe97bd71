using Ariadne.Core.Cases;
using Ariadne.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Cases;

/// <summary>
/// Cases, their members, items, notes, tasks and evidence records, and the per-case audit chain. Every change goes
/// through <see cref="AppendAsync"/>, which writes the change and its audit record in one transaction, so the log
/// can never miss an action that happened or hold one that did not.
/// </summary>
public sealed class CaseRepository(AriadneStore store)
{
    // SQLite writers that collide retry; sixteen writers on one case need up to fifteen rounds for the last one.
    private const int MaxAppendAttempts = 40;

    /// <summary>
    /// Applies <paramref name="change"/> and appends <paramref name="entry"/> as the case's next audit record, in
    /// one transaction. Two writers racing for the same chain position collide on the (case, sequence) key; the
    /// loser re-reads the chain head and tries again. <paramref name="checkpointFor"/> may sign the new record; its
    /// checkpoint is written in the same transaction, so a required checkpoint can never be missing after a crash.
    /// </summary>
    public async Task<AuditRecord> AppendAsync(AuditEntry entry, Action<AriadneDbContext>? change, DateTimeOffset now, Func<AuditRecord, AuditCheckpoint?>? checkpointFor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        for (var attempt = 1; ; attempt++)
        {
            await using var context = store.CreateDbContext();
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
            await store.Backend.LockCaseForAppendAsync(context, entry.CaseId, cancellationToken);

            var head = await context.AuditLog.AsNoTracking()
                .Where(a => a.CaseId == entry.CaseId)
                .OrderByDescending(a => a.Sequence)
                .Select(a => new { a.Sequence, a.Hash })
                .FirstOrDefaultAsync(cancellationToken);
            var record = AuditChain.Next(entry.CaseId, (head?.Sequence ?? 0) + 1, now, entry.UserId, entry.Action, entry.Subject, entry.Details, head?.Hash ?? AuditChain.Genesis);
            change?.Invoke(context);
            context.AuditLog.Add(record);
            if (checkpointFor?.Invoke(record) is { } checkpoint)
            {
                context.AuditCheckpoints.Add(checkpoint);
            }
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return record;
            }
            catch (DbUpdateException) when (attempt < MaxAppendAttempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                if (!await SequenceTakenAsync(entry.CaseId, record.Sequence, cancellationToken))
                {
                    throw;
                }

                await Task.Delay(Random.Shared.Next(1, 5 * Math.Min(attempt, 10)), cancellationToken);
            }
        }
    }

    public async Task AddCheckpointAsync(AuditCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        await using var context = store.CreateDbContext();
        context.AuditCheckpoints.Add(checkpoint);
        await context.SaveChangesAsync(cancellationToken);
    }

    public async Task<Case?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken);
    }

    public async Task<bool> IsMemberAsync(string caseId, string userId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.CaseMembers.AnyAsync(m => m.CaseId == caseId && m.UserId == userId, cancellationToken);
    }

    /// <summary>Cases the account may see (all of them when <paramref name="allCases"/>), most recently changed first.</summary>
    public async Task<IReadOnlyList<CaseSummary>> ListAsync(string userId, bool allCases, int limit = 500, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var cases = context.Cases.AsNoTracking();
        if (!allCases)
        {
            cases = cases.Where(c => context.CaseMembers.Any(m => m.CaseId == c.Id && m.UserId == userId));
        }

        var rows = await cases
            .OrderByDescending(c => c.UpdatedAtUtc).ThenBy(c => c.Id)
            .Take(limit)
            .Select(c => new
            {
                Case = c,
                Members = context.CaseMembers.Count(m => m.CaseId == c.Id),
                Items = context.CaseItems.Count(i => i.CaseId == c.Id),
                Evidence = context.Evidence.Count(e => e.CaseId == c.Id),
                OpenTasks = context.CaseTasks.Count(t => t.CaseId == c.Id && t.DoneAtUtc == null),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CaseSummary(r.Case, r.Members, r.Items, r.Evidence, r.OpenTasks)).ToList();
    }

    public async Task<IReadOnlyList<string>> ListIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseMember>> ListMembersAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.CaseMembers.AsNoTracking().Where(m => m.CaseId == caseId).OrderBy(m => m.AddedAtUtc).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseItem>> ListItemsAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.CaseItems.AsNoTracking().Where(i => i.CaseId == caseId).OrderBy(i => i.AddedAtUtc).ThenBy(i => i.Key).ToListAsync(cancellationToken);
    }

    /// <summary>Ids of the cases that hold this item (for "in case X" on document and network pages).</summary>
    public async Task<IReadOnlyList<string>> CasesHoldingAsync(string itemType, string key, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.CaseItems.AsNoTracking().Where(i => i.ItemType == itemType && i.Key == key).Select(i => i.CaseId).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseNote>> ListNotesAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId).OrderBy(n => n.CreatedAtUtc).ThenBy(n => n.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CaseTask>> ListTasksAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.CaseTasks.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.CreatedAtUtc).ThenBy(t => t.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Evidence>> ListEvidenceAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.Evidence.AsNoTracking().Where(e => e.CaseId == caseId).OrderBy(e => e.CapturedAtUtc).ThenBy(e => e.Id).ToListAsync(cancellationToken);
    }

    public async Task<Evidence?> GetEvidenceAsync(string evidenceId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId, cancellationToken);
    }

    /// <summary>The case's audit log in chain order (as stored: verification must see exactly what is there).</summary>
    public async Task<IReadOnlyList<AuditRecord>> ListAuditAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.AuditLog.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.Sequence).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditCheckpoint>> ListCheckpointsAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.AuditCheckpoints.AsNoTracking().Where(c => c.CaseId == caseId).OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
    }

    public async Task<AuditRecord?> GetAuditHeadAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.AuditLog.AsNoTracking().Where(a => a.CaseId == caseId).OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>E-mail (user name) of each account id, for showing owners, members and authors.</summary>
    public async Task<Dictionary<string, string>> UserNamesAsync(IEnumerable<string?> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        await using var context = store.CreateDbContext();
        return await context.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Email ?? u.UserName ?? u.Id, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Whether any evidence not withdrawn still holds these bytes (content is shared between cases).</summary>
    public async Task<bool> IsHashStillHeldAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.Evidence.AnyAsync(e => e.Sha256 == sha256 && e.WithdrawnAtUtc == null, cancellationToken);
    }

    /// <summary>
    /// The documents <paramref name="documentIds"/> and every member of <paramref name="networkIds"/>, oldest first
    /// (undated last), at most <paramref name="cap"/> of them: the earliest are kept, since a timeline is read from
    /// its start. Ids and times are read first and sorted here, so only the kept documents are loaded.
    /// </summary>
    public async Task<CaseDocumentSet> LoadDocumentsAsync(IReadOnlyCollection<string> documentIds, IReadOnlyCollection<string> networkIds, int cap, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        ArgumentNullException.ThrowIfNull(networkIds);
        ArgumentOutOfRangeException.ThrowIfNegative(cap);
        await using var context = store.CreateDbContext();
        var direct = documentIds.Distinct(StringComparer.Ordinal).ToArray();
        var networks = networkIds.Distinct(StringComparer.Ordinal).ToArray();
        var members = networks.Length == 0
            ? []
            : await context.NetworkMembers.AsNoTracking().Where(m => networks.Contains(m.NetworkId)).Select(m => m.DocumentId).ToListAsync(cancellationToken);
        var ids = direct.Concat(members).Distinct(StringComparer.Ordinal).ToArray();
        var times = new List<(string Id, DateTimeOffset? Posted)>(ids.Length);
        foreach (var chunk in ids.Chunk(1000))
        {
            var rows = await context.Documents.AsNoTracking().Where(d => chunk.Contains(d.Id)).Select(d => new { d.Id, d.PostedAtUtc }).ToListAsync(cancellationToken);
            times.AddRange(rows.Select(r => (r.Id, r.PostedAtUtc)));
        }

        times.Sort((x, y) => x.Posted is null != y.Posted is null ? (x.Posted is null ? 1 : -1)
            : Nullable.Compare(x.Posted, y.Posted) is var c && c != 0 ? c : string.CompareOrdinal(x.Id, y.Id));
        var kept = times.Take(cap).Select(t => t.Id).ToArray();
        var loaded = new Dictionary<string, CaseDocument>(kept.Length, StringComparer.Ordinal);
        foreach (var chunk in kept.Chunk(1000))
        {
            var docs = await context.Documents.AsNoTracking().Where(d => chunk.Contains(d.Id))
                .Select(d => new { d.Id, d.Kind, d.Title, d.PostedAtUtc, d.PostedAtRaw, d.LocationRaw, d.Source }).ToListAsync(cancellationToken);
            var photos = await context.DocumentImages.AsNoTracking().Where(i => chunk.Contains(i.DocumentId) && i.Sha256 != null)
                .Select(i => new { i.DocumentId, i.Ordinal, i.Sha256 }).ToListAsync(cancellationToken);
            var photosOf = photos.GroupBy(p => p.DocumentId, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.OrderBy(p => p.Ordinal).Select(p => p.Sha256!).ToList(), StringComparer.Ordinal);
            foreach (var d in docs)
            {
                loaded[d.Id] = new CaseDocument(d.Id, d.Kind, d.Title, d.PostedAtUtc, d.LocationRaw, d.Source, photosOf.GetValueOrDefault(d.Id) ?? [], d.PostedAtRaw);
            }
        }

        return new CaseDocumentSet(kept.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList(), times.Count, cap);
    }

    private async Task<bool> SequenceTakenAsync(string caseId, long sequence, CancellationToken cancellationToken)
    {
        await using var context = store.CreateDbContext();
        return await context.AuditLog.AnyAsync(a => a.CaseId == caseId && a.Sequence == sequence, cancellationToken);
    }
}
