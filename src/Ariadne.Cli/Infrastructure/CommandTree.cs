using System.CommandLine;
using Ariadne.Cli.Commands;

namespace Ariadne.Cli.Infrastructure;

/// <summary>The <c>ariadne</c> command and its subcommands.</summary>
public static class CommandTree
{
    /// <summary>
    /// The commands that work on a store, by path (a group covers its subcommands), and whether they also use its
    /// blob folder. The rest (synth, hash, extract, link, score, model evaluate) read and write files only and are not
    /// offered --store or --blobs.
    /// </summary>
    private static readonly Dictionary<string, bool> StoreCommands = new(StringComparer.Ordinal)
    {
        ["ingest"] = true,
        ["quarantine"] = false,
        ["search"] = false,
        ["analyze"] = true,
        ["serve"] = true,
        ["bank"] = false,
        ["model train"] = false,
        ["review"] = false,
        ["user"] = false,
        ["case"] = true,
        ["audit"] = true,
        ["export"] = true,
        ["watch"] = false,
    };

    public static RootCommand Build()
    {
        var root = new RootCommand("Ariadne: counter-trafficking intelligence. Ingest ads and tips, search them, and follow the thread to the network behind them. Signals are advisory; a person decides.")
        {
            StoreOption.Store,
            StoreOption.Blobs,
        };
        root.Subcommands.Add(SynthCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(QuarantineCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(HashCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(BankCommand.Create());
        root.Subcommands.Add(LinkCommand.Create());
        root.Subcommands.Add(ScoreCommand.Create());
        root.Subcommands.Add(ModelCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        root.Subcommands.Add(CaseCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        foreach (var sub in root.Subcommands)
        {
            OfferStore(sub, sub.Name);
        }

        return root;
    }

    /// <summary>Adds the store options to every runnable command under a path listed in <see cref="StoreCommands"/>.</summary>
    private static void OfferStore(Command command, string path)
    {
        foreach (var sub in command.Subcommands)
        {
            OfferStore(sub, path + " " + sub.Name);
        }

        if (command.Action is null)
        {
            return;
        }

        for (var prefix = path; prefix.Length > 0; prefix = prefix.Contains(' ', StringComparison.Ordinal) ? prefix[..prefix.LastIndexOf(' ')] : "")
        {
            if (StoreCommands.TryGetValue(prefix, out var blobs))
            {
                StoreOption.OfferOn(command, blobs);
                return;
            }
        }
    }
}
