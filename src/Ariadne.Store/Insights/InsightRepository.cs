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

    /// <summary>Where each of these documents was posted, as the extract stage decided it; documents without a city are absent.</summary>
    public async Task<IReadOnlyDictionary<string, string>> PostingCitiesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        await using var context = store.CreateDbContext();
        var cities = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in documentIds.Chunk(2_000))
        {
            foreach (var place in await context.DocumentPlaces.AsNoTracking().Where(p => chunk.Contains(p.DocumentId)).ToListAsync(cancellationToken))
            {
                cities[place.DocumentId] = place.City;
            }
        }

        return cities;
    }

    /// <summary>
    /// Below this many mentions the documents of an entity are fetched by id and sorted; above it they are read in
    /// date order and tested one by one, which finds the first page after a few thousand rows instead of sorting
    /// every one of (at 1M ads) 50,000 documents that name a common city or age.
    /// </summary>
    public const int SortCap = 5_000;

    /// <summary>Documents mentioning the entity, oldest first (time order is what timelines and maps need).</summary>
    public async Task<IReadOnlyList<EntityDocument>> ListDocumentsAsync(EntityType type, string value, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = store.CreateDbContext();
        var mentions = context.EntityMentions.Where(m => m.Type == type && m.Value == value);
        var common = await mentions.Take(SortCap).CountAsync(cancellationToken) >= SortCap;
        if (!common)
        {
            var ids = mentions.Select(m => m.DocumentId);
            return await context.Documents.AsNoTracking()
                .Where(d => ids.Contains(d.Id))
                .OrderBy(d => d.PostedAtUtc == null).ThenBy(d => d.PostedAtUtc).ThenBy(d => d.Id)
                .Take(limit)
                .Select(d => new EntityDocument(d.Id, d.Title, d.PostedAtUtc, d.LocationRaw, d.Country))
                .ToListAsync(cancellationToken);
        }

        // Dated documents in (posted_at, id) index order, each checked with one seek on the mention index; the
        // undated ones (which sort last) only when the dated ones do not fill the page.
        var dated = await context.Documents.AsNoTracking()
            .Where(d => d.PostedAtUtc != null && context.EntityMentions.Any(m => m.Type == type && m.Value == value && m.DocumentId == d.Id))
            .OrderBy(d => d.PostedAtUtc).ThenBy(d => d.Id)
            .Take(limit)
            .Select(d => new EntityDocument(d.Id, d.Title, d.PostedAtUtc, d.LocationRaw, d.Country))
            .ToListAsync(cancellationToken);
        if (dated.Count == limit)
        {
            return dated;
        }

        var undated = await context.Documents.AsNoTracking()
            .Where(d => d.PostedAtUtc == null && context.EntityMentions.Any(m => m.Type == type && m.Value == value && m.DocumentId == d.Id))
            .OrderBy(d => d.Id)
            .Take(limit - dated.Count)
            .Select(d => new EntityDocument(d.Id, d.Title, d.PostedAtUtc, d.LocationRaw, d.Country))
            .ToListAsync(cancellationToken);
        return [.. dated, .. undated];
    }

    /// <summary>
    /// Other entities in the given documents of this entity (the ones a page shows), most shared first. Counting over
    /// every document of a common value (a city in 50,000 ads) is a join over hundreds of thousands of mentions; the
    /// page lists the documents it counted over.
    /// </summary>
    public async Task<IReadOnlyList<CoMention>> ListCoMentionsAsync(EntityType type, string value, IReadOnlyCollection<string> documentIds, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        if (documentIds.Count == 0)
        {
            return [];
        }

        await using var context = store.CreateDbContext();
        return await CoMentionsAsync(context.EntityMentions.AsNoTracking().Where(m => documentIds.Contains(m.DocumentId)), type, value, limit, cancellationToken);
    }

    /// <summary>Other entities in every document that mentions this one, most shared first.</summary>
    public async Task<IReadOnlyList<CoMention>> ListCoMentionsAsync(EntityType type, string value, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = store.CreateDbContext();
        var ids = context.EntityMentions.Where(m => m.Type == type && m.Value == value).Select(m => m.DocumentId);
        return await CoMentionsAsync(context.EntityMentions.AsNoTracking().Where(m => ids.Contains(m.DocumentId)), type, value, limit, cancellationToken);
    }

    /// <summary>The entities among these mentions other than the given one, by how many documents mention each.</summary>
    private static async Task<IReadOnlyList<CoMention>> CoMentionsAsync(IQueryable<EntityMention> mentions, EntityType type, string value, int limit, CancellationToken cancellationToken)
    {
        var rows = await mentions
            .Where(m => !(m.Type == type && m.Value == value))
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

        // Only the document ids go to SQL: with the type list there too, SQLite chose the (type, value, document_id)
        // index and read every phone, e-mail and handle mention in the store (200 ms for a two-ad network at 1M).
        // A document has a handful of mentions, so the types are filtered here.
        var types = IdentifierTypes.ToHashSet();
        await using var context = store.CreateDbContext();
        var rows = await context.EntityMentions.AsNoTracking()
            .Where(m => documentIds.Contains(m.DocumentId))
            .Select(m => new { m.DocumentId, m.Type, m.Value })
            .ToListAsync(cancellationToken);
        return [.. rows.Where(r => types.Contains(r.Type)).Distinct()
            .OrderBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Type).ThenBy(r => r.Value, StringComparer.Ordinal)
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
