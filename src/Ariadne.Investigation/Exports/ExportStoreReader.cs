using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Store;
using Ariadne.Store.Insights;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Investigation.Exports;

/// <summary>
/// The store reads every export shares: the documents of a scope and, for a list of them, their mentions, joining
/// edges, risk, indicator categories and network sizes. Ids go to SQL in chunks so a large case or the whole store
/// never builds one giant IN list.
/// </summary>
public sealed class ExportStoreReader(AriadneStore store)
{
    private const int Chunk = 1000;

    /// <summary>The scope's documents in id order; throws <see cref="UnknownNetworkException"/> for a network not in the store.</summary>
    public async Task<IReadOnlyList<ExportDocument>> ReadDocumentsAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var context = store.CreateDbContext();
        if (scope.NetworkId is { } networkId)
        {
            if (!await context.Networks.AsNoTracking().AnyAsync(n => n.Id == networkId, cancellationToken))
            {
                throw new UnknownNetworkException(networkId);
            }

            var rows = await (from m in context.NetworkMembers.AsNoTracking()
                              join d in context.Documents.AsNoTracking() on m.DocumentId equals d.Id
                              where m.NetworkId == networkId
                              select new ExportDocument(d.Id, d.Kind, d.Title, d.PostedAtUtc, d.LocationRaw, d.Country, m.NetworkId, d.PostedAtRaw))
                .ToListAsync(cancellationToken);
            return [.. rows.OrderBy(d => d.Id, StringComparer.Ordinal)];
        }

        var result = new List<ExportDocument>();
        if (scope.DocumentIds is { } ids)
        {
            foreach (var chunk in ids.Chunk(Chunk))
            {
                result.AddRange(await (from d in context.Documents.AsNoTracking()
                                       where chunk.Contains(d.Id)
                                       join m in context.NetworkMembers.AsNoTracking() on d.Id equals m.DocumentId into ms
                                       from m in ms.DefaultIfEmpty()
                                       select new ExportDocument(d.Id, d.Kind, d.Title, d.PostedAtUtc, d.LocationRaw, d.Country, m == null ? null : m.NetworkId, d.PostedAtRaw))
                    .ToListAsync(cancellationToken));
            }
        }
        else
        {
            result.AddRange(await (from d in context.Documents.AsNoTracking()
                                   join m in context.NetworkMembers.AsNoTracking() on d.Id equals m.DocumentId into ms
                                   from m in ms.DefaultIfEmpty()
                                   select new ExportDocument(d.Id, d.Kind, d.Title, d.PostedAtUtc, d.LocationRaw, d.Country, m == null ? null : m.NetworkId, d.PostedAtRaw))
                .ToListAsync(cancellationToken));
        }

        return [.. result.OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>Each (document, type, value) once, for these documents and types, ordered by document, type, value.</summary>
    public async Task<IReadOnlyList<DocumentEntity>> ReadMentionsAsync(IReadOnlyCollection<string> documentIds, IReadOnlyCollection<EntityType> types, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        ArgumentNullException.ThrowIfNull(types);
        var wanted = types.ToHashSet();
        var result = new List<DocumentEntity>();
        await using var context = store.CreateDbContext();
        foreach (var chunk in documentIds.Chunk(Chunk))
        {
            // Only the ids go to SQL (see InsightRepository.ListIdentifiersAsync): with the types too, SQLite picks the
            // (type, value) index and walks every mention of those types.
            var rows = await context.EntityMentions.AsNoTracking().Where(m => chunk.Contains(m.DocumentId))
                .Select(m => new { m.DocumentId, m.Type, m.Value, m.Start }).ToListAsync(cancellationToken);
            result.AddRange(rows.Where(r => wanted.Contains(r.Type)).OrderBy(r => r.DocumentId, StringComparer.Ordinal).ThenBy(r => r.Start)
                .Select(r => new DocumentEntity(r.DocumentId, r.Type, r.Value)));
        }

        return [.. result.Distinct()];
    }

    /// <summary>The stored joining edges with both ends among these documents, by network then edge id.</summary>
    public async Task<IReadOnlyList<NetworkEdge>> ReadEdgesAsync(IReadOnlyCollection<ExportDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var inScope = documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var networks = documents.Select(d => d.NetworkId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        var result = new List<NetworkEdge>();
        await using var context = store.CreateDbContext();
        foreach (var chunk in networks.Chunk(Chunk))
        {
            var edges = await context.NetworkEdges.AsNoTracking().Where(e => chunk.Contains(e.NetworkId)).ToListAsync(cancellationToken);
            result.AddRange(edges.Where(e => inScope.Contains(e.DocumentA) && inScope.Contains(e.DocumentB)));
        }

        return [.. result.OrderBy(e => e.NetworkId, StringComparer.Ordinal).ThenBy(e => e.Id)];
    }

    /// <summary>The calibrated risk of each scored document among these.</summary>
    public async Task<Dictionary<string, double>> ReadRisksAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var result = new Dictionary<string, double>(StringComparer.Ordinal);
        await using var context = store.CreateDbContext();
        foreach (var chunk in documentIds.Chunk(Chunk))
        {
            foreach (var row in await context.RiskScores.AsNoTracking().Where(s => chunk.Contains(s.DocumentId)).Select(s => new { s.DocumentId, s.Probability }).ToListAsync(cancellationToken))
            {
                result[row.DocumentId] = row.Probability;
            }
        }

        return result;
    }

    /// <summary>The indicator categories that fired on each document among these (documents without hits are absent).</summary>
    public async Task<Dictionary<string, SortedSet<string>>> ReadIndicatorCategoriesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var result = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        await using var context = store.CreateDbContext();
        foreach (var chunk in documentIds.Chunk(Chunk))
        {
            foreach (var row in await context.IndicatorHits.AsNoTracking().Where(h => chunk.Contains(h.DocumentId)).Select(h => new { h.DocumentId, h.Category }).Distinct().ToListAsync(cancellationToken))
            {
                if (!result.TryGetValue(row.DocumentId, out var set))
                {
                    result[row.DocumentId] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(row.Category);
            }
        }

        return result;
    }

    /// <summary>The number of documents in each of these networks.</summary>
    public async Task<Dictionary<string, int>> ReadNetworkSizesAsync(IReadOnlyCollection<string> networkIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(networkIds);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var context = store.CreateDbContext();
        foreach (var chunk in networkIds.Chunk(Chunk))
        {
            foreach (var row in await context.Networks.AsNoTracking().Where(n => chunk.Contains(n.Id)).Select(n => new { n.Id, n.DocumentCount }).ToListAsync(cancellationToken))
            {
                result[row.Id] = row.DocumentCount;
            }
        }

        return result;
    }
}
