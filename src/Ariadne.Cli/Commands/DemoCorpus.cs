using System.Globalization;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.PhotoIndex;
using Ariadne.Analysis.Stages;
using Ariadne.Store;
using Ariadne.Store.Blobs;
using Ariadne.Synth;

namespace Ariadne.Cli.Commands;

/// <summary>Seeds an empty store with a synthetic corpus so a first-time user sees a working app.</summary>
public static class DemoCorpus
{
    public static async Task EnsureAsync(AriadneStore store, string blobRoot, int ads, int seed, TextWriter output, CancellationToken ct)
    {
        if (await store.CountDocumentsAsync(cancellationToken: ct) > 0)
        {
            output.WriteLine("demo: the store already holds documents; serving them as they are");
            return;
        }

        var folder = Path.Combine(Path.GetDirectoryName(blobRoot) ?? ".", "demo-corpus");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"demo: generating {ads:N0} synthetic ads (seed {seed}) into {folder}"));
        SyntheticCorpusGenerator.Generate(new SynthOptions { Ads = ads, Seed = seed, OutputDirectory = folder });
        var summary = await new IngestService().IngestAsync(
            [Path.Combine(folder, "ads.jsonl")], new IngestOptions(), store.CreateIngestSink(), new FileSystemBlobStore(blobRoot), null, ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"demo: ingested {summary.DocumentsAdded:N0} documents"));
        // Scored like `ariadne analyze` (same default model), so the demo has risk, networks and a review queue.
        var risk = RiskModelResolver.Resolve(null, output, ct);
        var analysis = await new AnalyzeService().RunAsync(store, new AnalyzeOptions { BlobRoot = blobRoot, PhotoIndexPath = PhotoIndexLocation.ForBlobRoot(blobRoot), Scorer = new DocumentScorer(risk) }, null, ct);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"demo: extracted {analysis.MentionsStored:N0} entity mentions, scored {analysis.DocumentsScored:N0} documents ({analysis.HighRisk:N0} at risk 0.5 or more), hashed {analysis.ImagesHashed:N0} photos, {analysis.Link?.Networks ?? 0:N0} networks"));
    }
}
