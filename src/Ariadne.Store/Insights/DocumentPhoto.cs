namespace Ariadne.Store.Insights;

/// <summary>A stored photo of a document, by the SHA-256 of its file: identical files share the blob.</summary>
public sealed record DocumentPhoto(string DocumentId, string BlobSha256);
