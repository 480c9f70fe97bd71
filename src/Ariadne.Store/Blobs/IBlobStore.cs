namespace Ariadne.Store.Blobs;

/// <summary>
/// Content-addressed storage for binary evidence (images): a blob's name is the lower-case hex SHA-256 of its
/// bytes, so storing the same photo twice keeps one copy and the name proves the content.
/// </summary>
public interface IBlobStore
{
    /// <summary>Stores the file's bytes and returns their lower-case hex SHA-256.</summary>
    /// <exception cref="BlobTooLargeException">The file is larger than the store accepts.</exception>
    Task<string> PutFileAsync(string path, CancellationToken cancellationToken);

    /// <summary>Stores the stream's remaining bytes and returns their lower-case hex SHA-256.</summary>
    /// <exception cref="BlobTooLargeException">The stream holds more bytes than the store accepts.</exception>
    Task<string> PutAsync(Stream content, CancellationToken cancellationToken);

    /// <summary>Whether a blob with this hash is stored.</summary>
    bool Exists(string sha256);

    /// <summary>Opens a stored blob for reading.</summary>
    /// <exception cref="FileNotFoundException">No blob has this hash.</exception>
    Stream OpenRead(string sha256);

    /// <summary>Where the blob with this hash is (or would be) stored.</summary>
    string GetPath(string sha256);
}
