using Ariadne.Store.Blobs;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// The write-once, content-addressed file store for case evidence (a folder beside the image blobs). Files are
/// named by their SHA-256 and made read-only once written; the only removal is <see cref="Withdraw"/>, which the
/// service calls for a recorded Admin withdrawal.
/// </summary>
public sealed class EvidenceVault
{
    /// <summary>Largest single piece of evidence accepted (a video or an archive may be large; a runaway upload is not).</summary>
    public const long MaxBytes = 2L * 1024 * 1024 * 1024;

    private readonly FileSystemBlobStore _files;

    public EvidenceVault(string rootDirectory)
    {
        _files = new FileSystemBlobStore(rootDirectory, MaxBytes);
    }

    public string RootDirectory => _files.RootDirectory;

    /// <summary>The evidence folder for a store whose image blobs live in <paramref name="blobRoot"/>: its sibling <c>evidence</c>.</summary>
    public static string ForBlobRoot(string blobRoot) =>
        Path.Combine(Path.GetDirectoryName(Path.GetFullPath(blobRoot).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "evidence");

    /// <summary>Stores the bytes (once per content) and returns their SHA-256 and length.</summary>
    public async Task<(string Sha256, long Size)> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        var sha = await _files.PutAsync(content, cancellationToken);
        var path = _files.GetPath(sha);
        MakeReadOnly(path);
        return (sha, new FileInfo(path).Length);
    }

    public bool Exists(string sha256) => _files.Exists(sha256);

    public Stream OpenRead(string sha256) => _files.OpenRead(sha256);

    public string GetPath(string sha256) => _files.GetPath(sha256);

    /// <summary>Removes the bytes of withdrawn evidence; the record and hash stay in the store.</summary>
    public void Withdraw(string sha256)
    {
        var path = _files.GetPath(sha256);
        if (!File.Exists(path))
        {
            return;
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.SetAttributes(path, FileAttributes.Normal);
        File.Delete(path);
    }

    private static void MakeReadOnly(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
        else
        {
            File.SetAttributes(path, File.GetAttributes(path) | FileAttributes.ReadOnly);
        }
    }
}
