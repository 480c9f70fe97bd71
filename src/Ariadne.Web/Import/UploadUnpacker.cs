using System.IO.Compression;
using Ariadne.Analysis.Ingest;

namespace Ariadne.Web.Import;

/// <summary>
/// Puts an upload where ingest can read it: a JSONL/CSV/HTML file as is, a ZIP unpacked into its own folder
/// (with its photos beside the records, as ingest expects). ZIPs are checked first: entries that would escape
/// the folder, too many entries or too many bytes uncompressed are refused, so an upload cannot fill the disk.
/// </summary>
public static class UploadUnpacker
{
    public const long MaxUnpackedBytes = 2L * 1024 * 1024 * 1024;
    public const int MaxEntries = 100_000;

    public static IReadOnlyList<string> AllowedExtensions { get; } = [.. RecordReaders.SupportedExtensions, ".zip"];

    /// <summary>Returns the path to ingest (a file or a folder), or throws <see cref="InvalidDataException"/> with the reason.</summary>
    public static string Prepare(string uploadedFile, string workFolder)
    {
        if (!string.Equals(Path.GetExtension(uploadedFile), ".zip", StringComparison.OrdinalIgnoreCase))
        {
            return uploadedFile;
        }

        var target = Path.Combine(workFolder, "unpacked");
        Directory.CreateDirectory(target);
        var root = Path.GetFullPath(target) + Path.DirectorySeparatorChar;
        using var archive = ZipFile.OpenRead(uploadedFile);
        if (archive.Entries.Count > MaxEntries)
        {
            throw new InvalidDataException($"The ZIP holds {archive.Entries.Count:N0} entries; at most {MaxEntries:N0} are accepted. Split it into smaller archives.");
        }

        long total = 0;
        foreach (var entry in archive.Entries)
        {
            total += entry.Length;
            var destination = Path.GetFullPath(Path.Combine(target, entry.FullName));
            if (!destination.StartsWith(root, StringComparison.Ordinal))
            {
                throw new InvalidDataException($"The ZIP entry '{entry.FullName}' points outside the archive folder; the archive was refused.");
            }
        }

        if (total > MaxUnpackedBytes)
        {
            throw new InvalidDataException($"The ZIP unpacks to {total / (1024 * 1024):N0} MiB; at most {MaxUnpackedBytes / (1024 * 1024):N0} MiB are accepted. Split it or ingest it on the server with `ariadne ingest`.");
        }

        archive.ExtractToDirectory(target);
        return target;
    }
}
