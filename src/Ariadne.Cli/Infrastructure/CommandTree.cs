using System.CommandLine;
using Ariadne.Cli.Commands;

namespace Ariadne.Cli.Infrastructure;

/// <summary>The <c>ariadne</c> command and its subcommands.</summary>
public static class CommandTree
{
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
        root.Subcommands.Add(ModelCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        root.Subcommands.Add(CaseCommand.Create());
        root.Subcommands.Add(AuditCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }
}
