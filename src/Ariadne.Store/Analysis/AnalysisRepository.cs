using Ariadne.Core.Analysis;
using Ariadne.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Analysis;

/// <summary>
/// Reads and writes analysis results: which documents a stage still has to process, and the entity mentions
/// it found. Writes replace a document's earlier results for the stage in the same transaction, so re-running a
/// stage is idempotent.
/// </summary>
public sealed class AnalysisRepository(AriadneStore store)
{
    /// <summary>
    /// Ids of every document the stage has not processed at <paramref name="version"/>, in id order (see
    /// <see cref="PendingIds"/>: the few new documents of a large SQLite store are found newest first).
    /// </summary>
    public async Task<IReadOnlyList<string>> ListPendingIdsAsync(string stage, int version, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(stage);
        await using var context = store.CreateDbContext();
        var expected = await PendingCount.OfAsync(context, stage, version, cancellationToken);
        return await PendingIds.ListAsync(store, context, stage, version, expected, cancellationToken);
    }

    /// <summary>These documents' text for extraction, in id order; ids no longer in the store are skipped.</summary>
    public async Task<IReadOnlyList<PendingDocument>> LoadPendingAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var context = store.CreateDbContext();
        var result = new List<PendingDocument>(ids.Count);
        foreach (var chunk in ids.Chunk(2_000))
        {
            result.AddRange(await context.Documents.AsNoTracking().Where(d => chunk.Contains(d.Id))
                .Select(d => new PendingDocument(d.Id, d.Title, d.Body, d.Country, d.LocationRaw)).ToListAsync(cancellationToken));
        }

        result.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return result;
    }

    /// <summary>How many documents the stage has not processed at <paramref name="version"/>.</summary>
    public async Task<long> CountPendingAsync(string stage, int version, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await PendingCount.OfAsync(context, stage, version, cancellationToken);
    }

    /// <summary>
    /// Stores the extraction results of a batch in one transaction: earlier mentions and posting cities of these
    /// documents are replaced and each document is marked as processed by <paramref name="stage"/> at <paramref name="version"/>.
    /// </summary>
    public async Task SaveExtractionAsync(string stage, int version, IReadOnlyList<ExtractionResult> results, DateTimeOffset analyzedAtUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        if (results.Count == 0)
        {
            return;
        }

        var ids = results.Select(r => r.DocumentId).ToList();
        await StageBatch.CommitAsync(store, stage, version, ids, analyzedAtUtc, async context =>
        {
            await context.EntityMentions.Where(m => ids.Contains(m.DocumentId)).ExecuteDeleteAsync(cancellationToken);
            await context.DocumentPlaces.Where(p => ids.Contains(p.DocumentId)).ExecuteDeleteAsync(cancellationToken);
            foreach (var result in results)
            {
                context.EntityMentions.AddRange(result.Mentions);
                if (result.PostingCity is { } city)
                {
                    context.DocumentPlaces.Add(new DocumentPlace { DocumentId = result.DocumentId, City = city });
                }
            }
        }, cancellationToken);
    }

    /// <summary>A document's entity mentions in text order.</summary>
    public async Task<IReadOnlyList<EntityMention>> GetMentionsAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        await using var context = store.CreateDbContext();
        return await context.EntityMentions.AsNoTracking()
            .Where(m => m.DocumentId == documentId)
            .OrderBy(m => m.Start).ThenBy(m => m.End)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The documents that mention any of these values of one entity type (through the (type, value) index).</summary>
    public async Task<IReadOnlyList<(string DocumentId, string Value)>> FindMentionsAsync(EntityType type, IReadOnlyCollection<string> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        await using var context = store.CreateDbContext();
        var found = new List<(string, string)>();
        foreach (var chunk in values.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await context.EntityMentions.AsNoTracking().Where(m => m.Type == type && chunk.Contains(m.Value))
                .Select(m => new { m.DocumentId, m.Value }).Distinct().ToListAsync(cancellationToken);
            found.AddRange(rows.Select(r => (r.DocumentId, r.Value)));
        }

        return found;
    }

    /// <summary>How many documents mention the entity (type and normalised value).</summary>
    public async Task<int> CountDocumentsMentioningAsync(EntityType type, string value, CancellationToken cancellationToken = default) =>
        await CountDocumentsMentioningAsync(type, value, int.MaxValue, cancellationToken);

    /// <summary>
    /// As above, counting at most <paramref name="cap"/> documents: "in 10,000+ other ads" costs what 10,000 index
    /// entries cost, however common the value (every ad names a city).
    /// </summary>
    public async Task<int> CountDocumentsMentioningAsync(EntityType type, string value, int cap, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cap);
        await using var context = store.CreateDbContext();
        var documents = context.EntityMentions.AsNoTracking()
            .Where(m => m.Type == type && m.Value == value)
            .Select(m => m.DocumentId).Distinct();
        return await (cap == int.MaxValue ? documents : documents.Take(cap)).CountAsync(cancellationToken);
    }
}
