namespace Ariadne.Store.Blobs;

/// <summary>Thrown when a blob exceeds the store's size limit; the message names the source and both sizes.</summary>
public sealed class BlobTooLargeException : Exception
{
    public BlobTooLargeException()
    {
    }

    public BlobTooLargeException(string message)
        : base(message)
    {
    }

    public BlobTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public BlobTooLargeException(string source, long maxBytes)
        : base($"{source} is larger than the blob store's limit of {maxBytes:N0} bytes ({maxBytes / (1024.0 * 1024.0):0.#} MiB).")
    {
        MaxBytes = maxBytes;
    }

    /// <summary>The limit that was exceeded.</summary>
    public long MaxBytes { get; }
}
