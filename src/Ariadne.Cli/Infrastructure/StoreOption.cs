using System.CommandLine;
using Ariadne.Store;

namespace Ariadne.Cli.Infrastructure;

/// <summary>The global <c>--store</c> option and the blob folder that goes with the store.</summary>
public static class StoreOption
{
    public static readonly Option<string?> Store = new("--store")
    {
        Description = "Store to use: sqlite:PATH (default sqlite:./ariadne-data/ariadne.db) or postgres:CONNECTION-STRING. Also ARIADNE_STORE.",
        Recursive = true,
    };

    public static readonly Option<string?> Blobs = new("--blobs")
    {
        Description = "Folder for content-addressed image and evidence files (default: 'blobs' beside a SQLite store, ./ariadne-data/blobs for PostgreSQL). Also ARIADNE_BLOBS.",
        Recursive = true,
    };

    /// <summary>The store named on the command line, else by ARIADNE_STORE, else the embedded default.</summary>
    public static StoreLocation Resolve(ParseResult parseResult)
    {
        return StoreLocation.Resolve(parseResult.GetValue(Store));
    }

    /// <summary>Where blobs live for this store.</summary>
    public static string ResolveBlobRoot(ParseResult parseResult, StoreLocation store)
    {
        var text = parseResult.GetValue(Blobs);
        if (string.IsNullOrWhiteSpace(text))
        {
            text = Environment.GetEnvironmentVariable("ARIADNE_BLOBS");
        }

        if (!string.IsNullOrWhiteSpace(text))
        {
            return Path.GetFullPath(text);
        }

        return store.Kind == StoreKind.Sqlite
            ? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(store.Value)) ?? ".", "blobs")
            : Path.GetFullPath(Path.Combine("ariadne-data", "blobs"));
    }
}
