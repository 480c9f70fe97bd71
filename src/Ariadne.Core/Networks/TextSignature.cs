namespace Ariadne.Core.Networks;

/// <summary>
/// The MinHash signature of a document's body (little-endian uint32 values), kept so that linking new documents
/// does not re-read and re-shingle every old one.
/// </summary>
public sealed class TextSignature
{
    public required string DocumentId { get; init; }

    public required byte[] Signature { get; init; }

    public int ShingleCount { get; init; }

    /// <summary>
    /// Whether a link run has placed this document (in a network or as a singleton). An incremental run links only the
    /// documents where this is false, against the stored networks they touch.
    /// </summary>
    public bool Linked { get; set; }
}
