using Ariadne.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Insights;

/// <summary>Read-only questions the web app asks: the dashboard overview and everything about one entity.</summary>
public sealed class InsightRepository(AriadneStore store)
{
    /// <summary>Identifier types: the ones that can tie ads to one controller (names, ages, prices and places cannot).</summary>
    public static IReadOnlyList<EntityType> IdentifierTypes { get; } = [EntityType.Phone, EntityType.Email, EntityType.Handle, EntityType.Crypto, EntityType.Url];

    public async Task<StoreOverview> GetOverviewAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var documents = await context.Documents.LongCountAsync(cancellationToken);
        var runs = await context.IngestRuns.LongCountAsync(cancellationToken);
        var quarantined = await context.Quarantine.LongCountAsync(cancellationToken);
        var stages = await context.DocumentAnalyses.GroupBy(a => a.Stage)
            .Select(g => new StageProgress(g.Key, g.LongCount()))
            .ToListAsync(cancellationToken);
        return new StoreOverview(documents, runs, quarantined, [.. stages.OrderBy(s => s.Stage, StringComparer.Ordinal)]);
    }

    /// <summary>Documents mentioning the entity, oldest first (time order is what timelines and maps need).</summary>
    public async Task<IReadOnlyList<EntityDocument>> ListDocumentsAsync(EntityType type, string value, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = store.CreateDbContext();
        var ids = context.EntityMentions.Where(m => m.Type == type && m.Value == value).Select(m => m.DocumentId);
        return await context.Documents.AsNoTracking()
            .Where(d => ids.Contains(d.Id))
            .OrderBy(d => d.PostedAtUtc == null).ThenBy(d => d.PostedAtUtc).ThenBy(d => d.Id)
            .Take(limit)
            .Select(d => new EntityDocument(d.Id, d.Title, d.PostedAtUtc, d.LocationRaw, d.Country))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Other entities in the documents that mention this one, most shared first.</summary>
    public async Task<IReadOnlyList<CoMention>> ListCoMentionsAsync(EntityType type, string value, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = store.CreateDbContext();
        var ids = context.EntityMentions.Where(m => m.Type == type && m.Value == value).Select(m => m.DocumentId);
        var rows = await context.EntityMentions.AsNoTracking()
            .Where(m => ids.Contains(m.DocumentId) && !(m.Type == type && m.Value == value))
            .Select(m => new { m.Type, m.Value, m.DocumentId })
            .Distinct()
            .GroupBy(m => new { m.Type, m.Value })
            .Select(g => new { g.Key.Type, g.Key.Value, Documents = g.Count() })
            .OrderByDescending(g => g.Documents).ThenBy(g => g.Value)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CoMention(r.Type, r.Value, r.Documents))];
    }

    /// <summary>
    /// The identifier edges of the given documents: which phones, e-mails, handles, wallets and links each one
    /// mentions (each pair once).
    /// </summary>
    public async Task<IReadOnlyList<DocumentEntity>> ListIdentifiersAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return [];
        }

        var types = IdentifierTypes.ToArray();
        await using var context = store.CreateDbContext();
        var rows = await context.EntityMentions.AsNoTracking()
            .Where(m => documentIds.Contains(m.DocumentId) && types.Contains(m.Type))
            .Select(m => new { m.DocumentId, m.Type, m.Value })
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Type).ThenBy(r => r.Value, StringComparer.Ordinal)
            .Select(r => new DocumentEntity(r.DocumentId, r.Type, r.Value))];
    }

    /// <summary>The stored photos of the given documents (each document and file once).</summary>
    public async Task<IReadOnlyList<DocumentPhoto>> ListPhotosAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return [];
        }

        await using var context = store.CreateDbContext();
        var rows = await context.DocumentImages.AsNoTracking()
            .Where(i => documentIds.Contains(i.DocumentId) && i.Sha256 != null)
            .Select(i => new { i.DocumentId, i.Sha256 })
            .Distinct()
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Sha256, StringComparer.Ordinal)
            .Select(r => new DocumentPhoto(r.DocumentId, r.Sha256!))];
    }
}
