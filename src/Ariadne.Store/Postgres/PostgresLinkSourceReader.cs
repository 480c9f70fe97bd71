using Ariadne.Core.Entities;
using Ariadne.Store.Linking;
using Ariadne.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Postgres;

/// <summary>
/// What the incremental link stage reads of scattered stored documents on PostgreSQL: four set queries per chunk
/// through EF (SQLite does point look-ups instead, <see cref="Sqlite.SqliteLinkSourceReader"/>).
/// </summary>
internal static class PostgresLinkSourceReader
{
    public static async Task<List<LinkSource>> ReadAsync(AriadneDbContext context, IReadOnlyList<string> ids, IReadOnlyCollection<EntityType> mentionTypes, CancellationToken cancellationToken)
    {
        var documents = await context.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.PostedAtUtc }).ToListAsync(cancellationToken);
        var cities = await context.DocumentPlaces.AsNoTracking().Where(p => ids.Contains(p.DocumentId))
            .ToDictionaryAsync(p => p.DocumentId, p => p.City, StringComparer.Ordinal, cancellationToken);
        // The type filter runs here, not in SQL: given both, SQLite picks the (type, value) index and walks every
        // mention of those types for each chunk instead of seeking the chunk's documents. (Written when SQLite read
        // through this query too; it was kept when SQLite moved to its own reader.)
        var mentions = (await context.EntityMentions.AsNoTracking()
                .Where(m => ids.Contains(m.DocumentId))
                .OrderBy(m => m.DocumentId).ThenBy(m => m.Start)
                .Select(m => new { m.DocumentId, m.Type, m.Value })
                .ToListAsync(cancellationToken))
            .Where(m => mentionTypes.Contains(m.Type))
            .ToLookup(m => m.DocumentId, m => (m.Type, m.Value), StringComparer.Ordinal);
        var signatures = await context.TextSignatures.AsNoTracking().Where(s => ids.Contains(s.DocumentId))
            .ToDictionaryAsync(s => s.DocumentId, s => (s.Signature, s.ShingleCount), StringComparer.Ordinal, cancellationToken);
        var phrases = await context.TextPhrases.AsNoTracking().Where(p => ids.Contains(p.DocumentId))
            .ToDictionaryAsync(p => p.DocumentId, p => p.Phrases, StringComparer.Ordinal, cancellationToken);
        var result = new List<LinkSource>(documents.Count);
        foreach (var d in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            var signature = signatures.TryGetValue(d.Id, out var s) ? s : default;
            result.Add(new LinkSource(d.Id, d.PostedAtUtc, cities.GetValueOrDefault(d.Id), [.. mentions[d.Id]], signature.Signature, signature.ShingleCount) { Phrases = phrases.GetValueOrDefault(d.Id) ?? [] });
        }

        return result;
    }
}
