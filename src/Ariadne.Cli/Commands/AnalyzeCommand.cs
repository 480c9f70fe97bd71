using System.CommandLine;
using System.Globalization;
using Ariadne.Analysis.PhotoIndex;
using Ariadne.Analysis.Stages;
using Ariadne.Cli.Infrastructure;
using Ariadne.Store;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne analyze</c>: runs the analysis stages over documents not analysed yet.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var batchSize = new Option<int>("--batch-size") { Description = "Documents per database transaction.", DefaultValueFactory = _ => 2000 }.Between(1, 100_000);
        var model = new Option<string?>("--model") { Description = "Risk model folder: a tree model from 'ariadne model train' or an evidence calibration from 'ariadne model calibrate'; default ARIADNE_MODEL, else the evidence model of the shipped rule packs (likelihood ratios, no training)." };
        var relink = new Option<bool>("--relink") { Description = "Link the whole store again instead of only the new documents and the networks they touch (done anyway when new documents are more than a fifth of the linked ones); re-judges earlier hub and near-duplicate decisions with all the evidence." };
        var command = new Command("analyze", "Analyse the documents in the store that have not been analysed yet: extract entities (phones, e-mails, handles, wallets, ages, prices, names, locations) and store them with their spans, score them (indicator rules with their spans, calibrated advisory risk with its reasons), PDQ-hash their stored photos (each distinct image once) to find photos re-used across documents, and link documents into networks by shared identifiers, photos and near-duplicate text. Incremental: extraction, scoring and hashing touch only new documents; linking reads only the new documents and the networks they touch, and rewrites only networks whose membership changed.")
        {
            batchSize, model, relink,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var location = StoreOption.Resolve(parseResult);
            await using var store = await AriadneStore.OpenAsync(location, ct);
            var risk = RiskModelResolver.Resolve(parseResult.GetValue(model), parseResult.InvocationConfiguration.Error, ct);
            using var owned = risk as IDisposable;
            var blobRoot = StoreOption.ResolveBlobRoot(parseResult, location);
            var options = new AnalyzeOptions
            {
                BatchSize = parseResult.GetValue(batchSize),
                BlobRoot = blobRoot,
                PhotoIndexPath = PhotoIndexLocation.ForBlobRoot(blobRoot),
                Scorer = new DocumentScorer(risk),
                Relink = parseResult.GetValue(relink),
            };
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
            parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"scoring: {summary.DocumentsScored:N0} documents scored ({summary.DocumentsRescored:N0} again, as their networks changed) with model {risk.ModelId}, {summary.IndicatorHits:N0} indicator hits, {summary.HighRisk:N0} at risk 0.5 or more (advisory: see 'ariadne review list')"));
            if (summary.PhotoIndex is { } photoIndex)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"photo index: {photoIndex.Count:N0} hashes ({photoIndex.Source.ToString().ToLowerInvariant()}{(photoIndex.Reason is null ? "" : ": " + photoIndex.Reason)}), {photoIndex.Added:N0} added, {photoIndex.Removed:N0} removed{(photoIndex.Saved ? ", snapshot saved" : "")}"));
            }
            if (summary.Link is { } link)
            {
                parseResult.InvocationConfiguration.Output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"networks ({Mode(link)}): {link.Networks:N0} of two or more documents ({link.DocumentsInNetworks:N0} documents), {link.NetworksChanged:N0} new or changed, {link.NetworksRemoved:N0} gone; {link.Hubs:N0} hub identifiers or boilerplate texts not used to merge; {link.SignaturesComputed:N0} texts signed; {link.Elapsed.TotalSeconds:F1} s"));
                parseResult.InvocationConfiguration.Output.WriteLine("link phases: " + link.Phases);
            }

            parseResult.InvocationConfiguration.Output.WriteLine("stages: " + summary.Stages);

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Mode(LinkStageSummary link) => link.Mode switch
    {
        LinkMode.None => "nothing new to link",
        LinkMode.Incremental => string.Create(CultureInfo.InvariantCulture, $"incremental, {link.DocumentsJudged:N0} documents judged"),
        _ => "full",
    };
}
