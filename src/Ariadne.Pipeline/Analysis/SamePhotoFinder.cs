using Ariadne.Imaging.Pdq;
using Ariadne.Imaging.Search;
using Ariadne.Store;

namespace Ariadne.Pipeline.Analysis;

/// <summary>
/// "Which other documents show this document's photos?": every stored image hash within the radius of one of the
/// document's photo hashes (PDQ's standard threshold is 31 bits), then the documents that show those images.
/// Hashes of quality ≤ 49 are left out on both sides, because flat images match unrelated photos.
/// For now the multi-index is built in memory over all image hashes on each call (about a millisecond per
/// thousand hashes); a persistent index kept up to date by the photo stage replaces it when stores get large.
/// </summary>
public sealed class SamePhotoFinder(AriadneStore store)
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
        MultiIndexHashIndex? index = null;
        string[] blobById = [];
        if (reliable)
        {
            var all = await store.ImageHashes.ListHashesAsync(PdqResult.MinimumReliableQuality, cancellationToken);
            index = new MultiIndexHashIndex(Math.Max(all.Count, 1));
            var ids = index.AddRange(all.Select(h => PdqHash.Parse(h.Pdq!)).ToList());
            blobById = new string[all.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                blobById[ids[i]] = all[i].BlobSha256;
            }
        }

        var result = new List<PhotoReuse>(photos.Count);
        var matches = new List<MihMatch>();
        foreach (var photo in photos)
        {
            var reuse = new PhotoReuse(photo.BlobSha256, photo.Pdq, photo.Quality, 0, []);
            if (index is null || !reuse.Reliable)
            {
                result.Add(reuse);
                continue;
            }

            matches.Clear();
            index.Search(PdqHash.Parse(photo.Pdq!), radius, matches);
            var blobs = new HashSet<string>(StringComparer.Ordinal) { photo.BlobSha256 };
            foreach (var match in matches)
            {
                blobs.Add(blobById[match.Id]);
            }

            var documents = await store.ImageHashes.ListDocumentsShowingAsync(blobs, documentId, cancellationToken);
            result.Add(reuse with { OtherDocuments = documents.Count, Examples = documents.Take(maxExamples).ToList() });
        }

        return result;
    }
}
