namespace Ariadne.Analysis.PhotoIndex;

/// <summary>Where a store's photo-index snapshot lives: <c>index/photo-hashes.mih</c> beside the blob folder (for a SQLite store, beside the database file).</summary>
public static class PhotoIndexLocation
{
    public const string FileName = "photo-hashes.mih";

    public static string ForBlobRoot(string blobRoot)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobRoot);
        var full = Path.GetFullPath(blobRoot).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full) ?? full;
        return Path.Combine(parent, "index", FileName);
    }
}
