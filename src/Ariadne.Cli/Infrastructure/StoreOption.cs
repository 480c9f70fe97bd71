using System.CommandLine;
using Ariadne.Store;

namespace Ariadne.Cli.Infrastructure;

/// <summary>
/// The <c>--store</c> and <c>--blobs</c> options. They are offered only by the commands that work on a store (and
/// <c>--blobs</c> only by those that also read or write its blob folder), either after the command or, as scripts
/// have always written them, before it (<c>ariadne --store X ingest</c>); given to an offline command such as
/// <c>synth</c> or <c>hash</c>, they are an error rather than silently ignored.
/// </summary>
public static class StoreOption
{
    public static readonly Option<string?> Store = new("--store")
    {
        Description = "Store to use: sqlite:PATH (default sqlite:./ariadne-data/ariadne.db) or postgres:CONNECTION-STRING. Also ARIADNE_STORE.",
    };

    public static readonly Option<string?> Blobs = new("--blobs")
    {
        Description = "Folder for content-addressed image and evidence files (default: 'blobs' beside a SQLite store, ./ariadne-data/blobs for PostgreSQL). Also ARIADNE_BLOBS.",
    };

    /// <summary>Offers --store (and, with <paramref name="blobs"/>, --blobs) on a command that uses them.</summary>
    public static void OfferOn(Command command, bool blobs)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Store);
        if (blobs)
        {
            command.Options.Add(Blobs);
        }
    }

    /// <summary>
    /// Refuses --store or --blobs given before a command that does not use them (the root accepts both so that
    /// <c>ariadne --store X COMMAND</c> keeps working for the commands that do).
    /// </summary>
    public static void RejectWhereUnused(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var command = parseResult.CommandResult.Command;
        foreach (var option in new[] { Store, Blobs })
        {
            if (parseResult.GetResult(option) is { Implicit: false } && !command.Options.Contains(option))
            {
                var name = CommandPath(parseResult.CommandResult);
                throw new CliUsageException(name.Length == 0
                    ? $"{option.Name} names the store of a command; give the command too (see 'ariadne --help')."
                    : $"{option.Name}: 'ariadne {name}' does not use {(option == Store ? "a store" : "a blob folder")}; drop {option.Name}.");
            }
        }
    }

    private static string CommandPath(System.CommandLine.Parsing.CommandResult result)
    {
        var names = new List<string>();
        for (var current = result; current?.Parent is not null; current = current.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(current.Command.Name);
        }

        names.Reverse();
        return string.Join(' ', names);
    }

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

        return store.DefaultBlobRoot();
    }
}
