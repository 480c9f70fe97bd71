using Ariadne.Core.Documents;
using Ariadne.Store.Blobs;

namespace Ariadne.Analysis.Ingest;

/// <summary>
/// Turns a document's image references into stored blobs: local files are copied into the content-addressed
/// store, everything else is kept as a reference with the reason it has no bytes. Results are cached per path for
/// the run, because the same photo is referenced by many ads.
/// </summary>
internal sealed class ImageResolver
{
    private static readonly HashSet<string> ImageExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".jpg", ".jpeg", ".jfif", ".png", ".gif", ".webp", ".bmp", ".tif", ".tiff", ".heic", ".heif", ".avif",
    };

    private readonly Dictionary<string, (string? Sha, string? Missing)> _cache = new(StringComparer.Ordinal);
    private readonly IBlobStore _blobs;
    private readonly bool _restrict;
    private readonly List<string> _roots;

    public ImageResolver(IBlobStore blobs, IngestOptions options, IEnumerable<string> inputRoots)
    {
        _blobs = blobs;
        _restrict = options.RestrictImagesToInputFolders;
        _roots = [.. inputRoots.Concat(options.ImageRoots).Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)))];
    }

    public long Stored => _cache.Values.Count(v => v.Sha is not null);

    public long Missing { get; private set; }

    public async Task ResolveAsync(Document document, string baseDirectory, CancellationToken cancellationToken)
    {
        for (var i = 0; i < document.Images.Count; i++)
        {
            var image = document.Images[i];
            var (sha, missing) = await ResolveAsync(image.Reference, baseDirectory, cancellationToken);
            if (sha is null)
            {
                Missing++;
            }

            document.Images[i] = new DocumentImage
            {
                DocumentId = image.DocumentId,
                Ordinal = image.Ordinal,
                Reference = image.Reference,
                Sha256 = sha,
                MissingReason = missing,
            };
        }
    }

    private async Task<(string? Sha, string? Missing)> ResolveAsync(string reference, string baseDirectory, CancellationToken cancellationToken)
    {
        if (reference.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "inline data URI; not stored");
        }

        string path;
        if (Uri.TryCreate(reference, UriKind.Absolute, out var uri) && !Path.IsPathRooted(reference))
        {
            if (uri.Scheme is "http" or "https")
            {
                return (null, "remote URL; not downloaded");
            }

            if (!uri.IsFile)
            {
                return (null, $"unsupported URL scheme '{uri.Scheme}'");
            }

            path = uri.LocalPath;
        }
        else
        {
            path = reference;
        }

        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(Path.Combine(baseDirectory, path));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return (null, "not a valid file path");
        }

        if (_cache.TryGetValue(fullPath, out var cached))
        {
            return cached;
        }

        var result = await StoreAsync(fullPath, cancellationToken);
        _cache[fullPath] = result;
        return result;
    }

    private async Task<(string? Sha, string? Missing)> StoreAsync(string fullPath, CancellationToken cancellationToken)
    {
        if (!ImageExtensions.Contains(Path.GetExtension(fullPath)))
        {
            return (null, "not an image file name (expected .jpg, .png, .gif, .webp, …); not read");
        }

        if (_restrict && !_roots.Exists(root => IsUnder(fullPath, root)))
        {
            return (null, "outside the folders being ingested; not read (add its folder to the image roots to allow it)");
        }

        if (!File.Exists(fullPath))
        {
            return (null, $"file not found: {fullPath}");
        }

        try
        {
            return (await _blobs.PutFileAsync(fullPath, cancellationToken), null);
        }
        catch (BlobTooLargeException ex)
        {
            return (null, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"could not be read: {ex.Message}");
        }
    }

    private static bool IsUnder(string path, string root) =>
        path.Length > root.Length
        && path.StartsWith(root, StringComparison.Ordinal)
        && (path[root.Length] == Path.DirectorySeparatorChar || root.EndsWith(Path.DirectorySeparatorChar));
}
