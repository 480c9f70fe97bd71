using System.Security.Cryptography;

namespace Ariadne.Store.Blobs;

/// <summary>
/// Blobs as files under <c>root/sha256/ab/cd/&lt;hash&gt;</c>. Writes go to a temporary file on the same file system
/// and are renamed into place, so a reader never sees a half-written blob and a crash leaves at most a stray
/// temporary file (named <c>.tmp-*</c>, safe to delete).
/// </summary>
public sealed class FileSystemBlobStore : IBlobStore
{
    /// <summary>The default size limit: larger than any photo in an ad, small enough to stop a wrong file early.</summary>
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    private const int CopyBufferSize = 81920;

    private readonly string _hashRoot;

    public FileSystemBlobStore(string rootDirectory, long maxBytes = DefaultMaxBytes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(rootDirectory);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        RootDirectory = Path.GetFullPath(rootDirectory);
        MaxBytes = maxBytes;
        _hashRoot = Path.Combine(RootDirectory, "sha256");
    }

    public string RootDirectory { get; }

    public long MaxBytes { get; }

    public async Task<string> PutFileAsync(string path, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new BlobTooLargeException($"File '{path}' ({length:N0} bytes)", MaxBytes);
        }

        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);

        // Hash first: the same photo is usually stored already, and then there is nothing to write.
        var sha = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
        if (Exists(sha))
        {
            return sha;
        }

        stream.Position = 0;
        return await PutCoreAsync(stream, $"File '{path}'", cancellationToken);
    }

    public Task<string> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        return PutCoreAsync(content, "The stream", cancellationToken);
    }

    public bool Exists(string sha256) => File.Exists(GetPath(sha256));

    public Stream OpenRead(string sha256)
    {
        var path = GetPath(sha256);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, CopyBufferSize, FileOptions.Asynchronous);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new FileNotFoundException($"No blob with hash {sha256.ToLowerInvariant()} is stored under '{RootDirectory}'.", path, ex);
        }
    }

    public string GetPath(string sha256)
    {
        var sha = BlobHashes.Normalize(sha256);
        return Path.Combine(_hashRoot, sha[..2], sha[2..4], sha);
    }

    private async Task<string> PutCoreAsync(Stream content, string sourceName, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(_hashRoot);

        // The name is not known until every byte is read, so the temporary file lives beside the hash folders;
        // the rename into place is still atomic because it stays on one file system.
        var tempPath = Path.Combine(_hashRoot, ".tmp-" + Guid.NewGuid().ToString("N"));
        try
        {
            string sha;
            await using (var temp = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, CopyBufferSize, FileOptions.Asynchronous))
            {
                sha = await CopyHashingAsync(content, temp, sourceName, cancellationToken);
                await temp.FlushAsync(cancellationToken);
            }

            var finalPath = GetPath(sha);
            if (File.Exists(finalPath))
            {
                return sha;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
            try
            {
                File.Move(tempPath, finalPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(finalPath))
            {
                // Another writer stored the same content first; identical bytes, so theirs is as good as ours.
            }

            return sha;
        }
        finally
        {
            if (File.Exists(tempPath))
            {
                File.Delete(tempPath);
            }
        }
    }

    private async Task<string> CopyHashingAsync(Stream source, Stream destination, string sourceName, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(CopyBufferSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, CopyBufferSize), cancellationToken)) > 0)
            {
                total += read;
                if (total > MaxBytes)
                {
                    throw new BlobTooLargeException(sourceName, MaxBytes);
                }

                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
