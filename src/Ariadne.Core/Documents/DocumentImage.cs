namespace Ariadne.Core.Documents;

/// <summary>An image a document refers to, with the hash of the stored bytes when the file was found.</summary>
public sealed class DocumentImage
{
    public required string DocumentId { get; init; }

    /// <summary>Position of the image in the document's list.</summary>
    public int Ordinal { get; init; }

    /// <summary>The reference as written in the source (a relative path, an absolute path or a URL).</summary>
    public required string Reference { get; init; }

    /// <summary>SHA-256 of the stored bytes in the content-addressed blob store; null when the file was not available.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Why the image is missing, when it is.</summary>
    public string? MissingReason { get; init; }
}
