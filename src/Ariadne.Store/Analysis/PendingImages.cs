namespace Ariadne.Store.Analysis;

/// <summary>A document the photo stage has not processed, with the blob hashes of its stored images (possibly none).</summary>
public sealed record PendingImages(string DocumentId, IReadOnlyList<string> BlobSha256s);
