using System.CommandLine;
using System.Globalization;
using Ariadne.Cli.Infrastructure;
using Ariadne.Pipeline.Analysis;
using Ariadne.Store;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne analyze</c>: runs the analysis stages over documents not analysed yet.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per database transaction.", DefaultValueFactory = _ => 2000 }.Between(1, 100_000);
        var command = new Command("analyze", "Analyse the documents in the store that have not been analysed yet: extract entities (phones, e-mails, handles, wallets, ages, prices, names, locations) and store them with their spans. Incremental: a second run finds nothing to do.")
        {
            batchSize,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var options = new AnalyzeOptions { BatchSize = parseResult.GetValue(batchSize) };
            var summary = await TerminalProgress.RunAsync("analyze", async report =>
            {
                var progress = new Progress<AnalyzeProgress>(p => report(p.Done, p.Total, "extract"));
                return await new AnalyzeService().RunAsync(store, options, progress, ct);
            });
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"analysed {summary.DocumentsAnalyzed:N0} documents in {summary.Elapsed.TotalSeconds:F1} s: {summary.MentionsStored:N0} entity mentions stored ({summary.ObfuscatedPhones:N0} obfuscated phones)"));
            return ExitCodes.Success;
        });
        return command;
    }
}
