using Ariadne.Core.Analysis;
using Ariadne.Core.Imaging;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Analysis;

/// <summary>
/// PDQ hashes of stored images (<c>image_hashes</c>, one row per blob) and the photo stage's bookkeeping in
/// <c>document_analysis</c>. A blob is hashed once however many documents show it.
/// </summary>
public sealed class ImageHashRepository(AriadneStore store)
{
    private const int LookupChunk = 1000;

    /// <summary>These documents with their stored images' hashes, in the order given.</summary>
    public async Task<IReadOnlyList<PendingImages>> LoadPendingAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var context = store.CreateDbContext();
        var images = new List<(string DocumentId, string Sha256)>();
        foreach (var chunk in ids.Chunk(LookupChunk))
        {
            images.AddRange((await context.DocumentImages.AsNoTracking()
                .Where(i => chunk.Contains(i.DocumentId) && i.Sha256 != null)
                .Select(i => new { i.DocumentId, i.Sha256 })
                .ToListAsync(cancellationToken)).Select(i => (i.DocumentId, i.Sha256!)));
        }

        var byDocument = images.ToLookup(i => i.DocumentId, i => i.Sha256, StringComparer.Ordinal);
        return ids.Select(id => new PendingImages(id, byDocument[id].Distinct(StringComparer.Ordinal).ToList())).ToList();
    }

    /// <summary>Which of these blobs already have a row (hashed, or recorded as unreadable).</summary>
    public async Task<HashSet<string>> FindHashedAsync(IEnumerable<string> blobSha256s, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobSha256s);
        var found = new HashSet<string>(StringComparer.Ordinal);
        await using var context = store.CreateDbContext();
        foreach (var chunk in blobSha256s.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            var rows = await context.ImageHashes.AsNoTracking()
                .Where(h => chunk.Contains(h.BlobSha256))
                .Select(h => h.BlobSha256)
                .ToListAsync(cancellationToken);
            found.UnionWith(rows);
        }

        return found;
    }

    /// <summary>
    /// In one transaction: stores the new image hashes (blobs already stored are left alone) and marks the
    /// documents as processed by <paramref name="stage"/> at <paramref name="version"/>.
    /// </summary>
    public async Task SaveAsync(string stage, int version, IReadOnlyList<string> documentIds, IReadOnlyList<ImageHash> hashes, DateTimeOffset analyzedAtUtc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        ArgumentNullException.ThrowIfNull(hashes);
        if (documentIds.Count == 0 && hashes.Count == 0)
        {
            return;
        }

        await StageBatch.CommitAsync(store, stage, version, documentIds, analyzedAtUtc, async context =>
        {
            // A blob hashed by another batch (or run) keeps its row: a blob's bytes never change.
            var stored = new HashSet<string>(StringComparer.Ordinal);
            foreach (var chunk in hashes.Select(h => h.BlobSha256).Chunk(LookupChunk))
            {
                stored.UnionWith(await context.ImageHashes.Where(h => chunk.Contains(h.BlobSha256)).Select(h => h.BlobSha256).ToListAsync(cancellationToken));
            }

            context.ImageHashes.AddRange(hashes.Where(h => stored.Add(h.BlobSha256)));
        }, cancellationToken);
    }

    /// <summary>Every successful image hash of at least <paramref name="minimumQuality"/>, in blob order.</summary>
    public async Task<IReadOnlyList<ImageHash>> ListHashesAsync(int minimumQuality, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.ImageHashes.AsNoTracking()
            .Where(h => h.Pdq != null && h.Quality >= minimumQuality)
            .OrderBy(h => h.BlobSha256)
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Successful image hashes of at least <paramref name="minimumQuality"/> hashed at or after <paramref name="sinceUtc"/>:
    /// what a persisted index loaded from a snapshot has not seen yet.
    /// </summary>
    public async Task<IReadOnlyList<ImageHash>> ListHashesSinceAsync(int minimumQuality, DateTimeOffset sinceUtc, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.ImageHashes.AsNoTracking()
            .Where(h => h.Pdq != null && h.Quality >= minimumQuality && h.HashedAtUtc >= sinceUtc)
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many successful image hashes of at least <paramref name="minimumQuality"/> there are.</summary>
    public async Task<long> CountHashesAsync(int minimumQuality, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.ImageHashes.LongCountAsync(h => h.Pdq != null && h.Quality >= minimumQuality, cancellationToken);
    }

    /// <summary>The hash rows of one document's stored images, in image order (images not hashed yet are left out).</summary>
    public async Task<IReadOnlyList<ImageHash>> GetForDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        await using var context = store.CreateDbContext();
        var rows = await (from i in context.DocumentImages.AsNoTracking()
                          join h in context.ImageHashes.AsNoTracking() on i.Sha256 equals h.BlobSha256
                          where i.DocumentId == documentId
                          orderby i.Ordinal
                          select h).ToListAsync(cancellationToken);
        return rows.DistinctBy(h => h.BlobSha256).ToList();
    }

    /// <summary>The documents that show any of these blobs, newest first, except <paramref name="excludeDocumentId"/>.</summary>
    public async Task<IReadOnlyList<DocumentLink>> ListDocumentsShowingAsync(IReadOnlyCollection<string> blobSha256s, string? excludeDocumentId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(blobSha256s);
        var links = new Dictionary<string, DocumentLink>(StringComparer.Ordinal);
        await using var context = store.CreateDbContext();
        foreach (var chunk in blobSha256s.Distinct(StringComparer.Ordinal).Chunk(LookupChunk))
        {
            var rows = await (from i in context.DocumentImages.AsNoTracking()
                              join d in context.Documents.AsNoTracking() on i.DocumentId equals d.Id
                              where chunk.Contains(i.Sha256!) && d.Id != excludeDocumentId
                              select new DocumentLink(d.Id, d.Title, d.PostedAtUtc)).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                links.TryAdd(row.Id, row);
            }
        }

        return links.Values
            .OrderByDescending(l => l.PostedAtUtc ?? DateTimeOffset.MinValue)
            .ThenBy(l => l.Id, StringComparer.Ordinal)
            .ToList();
    }
}
