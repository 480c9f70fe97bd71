using System.CommandLine;
using System.Globalization;
using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Ingest.Csv;
using Ariadne.Cli.Infrastructure;
using Ariadne.Store;
using Ariadne.Store.Blobs;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne ingest PATH...</c>: streams files into the store, idempotently and resumably.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.jsonl, .ndjson, .csv, .tsv, .html, .htm) or folders of them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var csvMap = new Option<string?>("--csv-map")
        {
            Description = "CSV column mapping, e.g. 'text=Body,posted_at=Date,location=City'. Default: columns named like the JSONL fields or their common aliases.",
        };
        var batchSize = new Option<int>("--batch-size") { Description = "Records per database transaction.", DefaultValueFactory = _ => 10_000 }.Between(1, 100_000);

        var command = new Command("ingest", "Ingest documents into the store. Re-ingesting adds nothing; a killed run resumes where its last commit ended; malformed records are quarantined (see 'ariadne quarantine list').")
        {
            paths, csvMap, batchSize,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var location = StoreOption.Resolve(parseResult);
            var options = new IngestOptions
            {
                BatchSize = parseResult.GetValue(batchSize),
                CsvMapping = parseResult.GetValue(csvMap) is { Length: > 0 } spec ? CsvColumnMapping.Parse(spec) : CsvColumnMapping.Default,
            };
            await using var store = await AriadneStore.OpenAsync(location, ct);
            var blobs = new FileSystemBlobStore(StoreOption.ResolveBlobRoot(parseResult, location));
            var summary = await TerminalProgress.RunAsync("ingest", async report =>
            {
                var progress = new Progress<IngestProgress>(p => report(p.BytesDone, p.BytesTotal, p.CurrentFile ?? "ingest"));
                return await new IngestService().IngestAsync(parseResult.GetRequiredValue(paths), options, store.CreateIngestSink(), blobs, progress, ct);
            });

            var stdout = parseResult.InvocationConfiguration.Output;
            stdout.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"ingested {summary.RecordsRead:N0} records from {summary.FilesRead:N0} files in {summary.Elapsed.TotalSeconds:F1} s: {summary.DocumentsAdded:N0} added, {summary.Duplicates:N0} already present, {summary.Quarantined:N0} quarantined"));
            if (summary.FilesAlreadyIngested > 0)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.FilesAlreadyIngested:N0} files were already fully ingested and were not read again"));
            }

            if (summary.FilesResumed > 0)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.FilesResumed:N0} files resumed after an interrupted run"));
            }

            if (summary.ImagesStored + summary.ImagesMissing > 0)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"images: {summary.ImagesStored:N0} stored, {summary.ImagesMissing:N0} referenced but not available"));
            }

            foreach (var group in summary.SkippedFiles.GroupBy(f => f.Reason, StringComparer.Ordinal))
            {
                var count = group.Count();
                stdout.WriteLine(count == 1
                    ? $"skipped {group.First().Path}: {group.Key}"
                    : string.Create(CultureInfo.InvariantCulture, $"skipped {count:N0} files ({group.Key}), e.g. {group.First().Path}"));
            }

            if (summary.Quarantined > 0)
            {
                stdout.WriteLine($"see the reasons with: ariadne quarantine list --run {summary.RunId}");
                return ExitCodes.Partial;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
