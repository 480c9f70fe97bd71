using Ariadne.Analysis.PhotoIndex;
using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;
using Ariadne.Store;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// "Which other documents show this document's photos?": every stored image hash within the radius of one of the
/// document's photo hashes (PDQ's standard threshold is 31 bits), then the documents that show those images.
/// Hashes of quality ≤ 49 are left out on both sides, because flat images match unrelated photos.
/// With a <see cref="PhotoIndexCache"/> (the web app has one per process) the search uses the persisted index,
/// kept up to date incrementally; without one, an index is built in memory from the store for the call.
/// </summary>
public sealed class SamePhotoFinder(AriadneStore store, PhotoIndexCache? cache = null)
{
    /// <summary>PDQ's standard match threshold: at most 31 of 256 bits differ.</summary>
    public const int DefaultRadius = 31;

    public async Task<IReadOnlyList<PhotoReuse>> FindAsync(string documentId, int radius = DefaultRadius, int maxExamples = 10, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        ArgumentOutOfRangeException.ThrowIfNegative(radius);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(radius, MultiIndexHashIndex.MaxRadius);
        ArgumentOutOfRangeException.ThrowIfNegative(maxExamples);
        var photos = await store.ImageHashes.GetForDocumentAsync(documentId, cancellationToken);
        if (photos.Count == 0)
        {
            return [];
        }

        var reliable = photos.Any(p => p.Pdq is not null && p.Quality >= PdqResult.MinimumReliableQuality);
        PhotoHashIndex? index = null;
        PhotoHashIndex? transient = null;
        if (reliable)
        {
            index = cache is not null
                ? await cache.GetAsync(cancellationToken)
                : transient = (await PhotoIndexSync.OpenAsync(store, new PhotoIndexOptions(), cancellationToken: cancellationToken)).Index;
        }

        try
        {
            return await FindWithAsync(index, photos, documentId, radius, maxExamples, cancellationToken);
        }
        finally
        {
            transient?.Dispose();
        }
    }

    private async Task<IReadOnlyList<PhotoReuse>> FindWithAsync(PhotoHashIndex? index, IReadOnlyList<Core.Imaging.ImageHash> photos, string documentId, int radius, int maxExamples, CancellationToken cancellationToken)
    {
        var result = new List<PhotoReuse>(photos.Count);
        foreach (var photo in photos)
        {
            var reuse = new PhotoReuse(photo.BlobSha256, photo.Pdq, photo.Quality, 0, []);
            if (index is null || !reuse.Reliable)
            {
                result.Add(reuse);
                continue;
            }

            var blobs = new HashSet<string>(StringComparer.Ordinal) { photo.BlobSha256 };
            index.Search(PdqHash.Parse(photo.Pdq!), radius, blobs);

            var documents = await store.ImageHashes.ListDocumentsShowingAsync(blobs, documentId, cancellationToken);
            result.Add(reuse with { OtherDocuments = documents.Count, Examples = documents.Take(maxExamples).ToList() });
        }

        return result;
    }
}
