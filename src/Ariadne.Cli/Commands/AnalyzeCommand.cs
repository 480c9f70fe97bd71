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
        var command = new Command("analyze", "Analyse the documents in the store that have not been analysed yet: extract entities (phones, e-mails, handles, wallets, ages, prices, names, locations) and store them with their spans, PDQ-hash their stored photos (each distinct image once) to find photos re-used across documents, and link documents into networks by shared identifiers, photos and near-duplicate text. Incremental: extraction and hashing touch only new documents, and only networks whose membership changed are rewritten.")
        {
            batchSize,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var location = StoreOption.Resolve(parseResult);
            await using var store = await AriadneStore.OpenAsync(location, ct);
            var options = new AnalyzeOptions { BatchSize = parseResult.GetValue(batchSize), BlobRoot = StoreOption.ResolveBlobRoot(parseResult, location) };
            var summary = await TerminalProgress.RunAsync("analyze", async report =>
            {
                var progress = new Progress<AnalyzeProgress>(p => report(p.Done, p.Total, p.Stage));
                return await new AnalyzeService().RunAsync(store, options, progress, ct);
            });
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"analysed {summary.DocumentsAnalyzed:N0} documents in {summary.Elapsed.TotalSeconds:F1} s: {summary.MentionsStored:N0} entity mentions stored ({summary.ObfuscatedPhones:N0} obfuscated phones)"));
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"photos: {summary.DocumentsHashed:N0} documents checked, {summary.ImagesHashed:N0} distinct images hashed, {summary.ImagesUnreadable:N0} unreadable, {summary.ImagesMissing:N0} missing from the blob folder"));
            if (summary.Link is { } link)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"networks: {link.Networks:N0} of two or more documents ({link.DocumentsInNetworks:N0} documents), {link.NetworksChanged:N0} new or changed, {link.NetworksRemoved:N0} gone; {link.Hubs:N0} hub identifiers or boilerplate texts not used to merge; {link.SignaturesComputed:N0} texts signed; {link.Elapsed.TotalSeconds:F1} s"));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
