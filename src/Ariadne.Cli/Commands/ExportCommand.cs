using System.CommandLine;
using System.Globalization;
using Ariadne.Cli.Infrastructure;
using Ariadne.Core.Sharing;
using Ariadne.Pipeline.Exports;
using Ariadne.Pipeline.Exports.Ctdc;
using Ariadne.Pipeline.Exports.Entities;
using Ariadne.Pipeline.Exports.Graphs;
using Ariadne.Store;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne export graphml|entities|ctdc</c>: the export engine over a network (or, for ctdc, the whole store).</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Export a network as GraphML or entity CSV, or the store as k-anonymised records for data sharing.");
        command.Subcommands.Add(GraphMl());
        command.Subcommands.Add(Entities());
        command.Subcommands.Add(Ctdc());
        return command;
    }

    private static Option<string> RequiredNetwork() =>
        new("--network") { Description = "Network id (as on the web app's /networks page).", Required = true };

    private static Command GraphMl()
    {
        var network = RequiredNetwork();
        var command = new Command("graphml", "The network's ads, the identifiers they mention and the joining edges with their evidence, as GraphML for Gephi or yEd.") { network, ExportOutput.Out };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var graph = await new ExportGraphReader(store).ReadAsync(ExportScope.ForNetwork(parseResult.GetValue(network)!), ct);
            var bytes = await ExportOutput.RenderAsync(s =>
            {
                GraphMlWriter.Write(graph, s);
                return Task.CompletedTask;
            });
            await ExportOutput.SaveAsync(parseResult, parseResult.GetValue(ExportOutput.Out), bytes, ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Entities()
    {
        var network = RequiredNetwork();
        var command = new Command("entities", "The entities of the network's ads as CSV: type, value, documents, first_seen, last_seen.") { network, ExportOutput.Out };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var rows = await new EntityCsvExporter(store).ReadAsync(ExportScope.ForNetwork(parseResult.GetValue(network)!), ct);
            var bytes = await ExportOutput.RenderAsync(s =>
            {
                EntityCsvExporter.Write(rows, s);
                return Task.CompletedTask;
            });
            await ExportOutput.SaveAsync(parseResult, parseResult.GetValue(ExportOutput.Out), bytes, ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Ctdc()
    {
        var network = new Option<string?>("--network") { Description = "Only this network's documents (default: every document in the store)." };
        var k = new Option<int>("--k") { Description = "Every combination of age band, place, month and kind occurs at least k times (at least 2).", DefaultValueFactory = _ => KAnonymityOptions.DefaultK };
        var maxSuppression = new Option<double>("--max-suppression") { Description = "Share of records (0-1) that may be dropped rather than generalising further.", DefaultValueFactory = _ => KAnonymityOptions.DefaultMaxSuppression };
        var format = new Option<string>("--format") { Description = "csv or json.", DefaultValueFactory = _ => "csv" }.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string>("--out") { Description = "File to write.", Required = true };
        var command = new Command("ctdc", "One k-anonymised record per document for data sharing (CTDC style): direct identifiers removed, age, place and date generalised, small classes suppressed.")
        {
            network, k, maxSuppression, format, output,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var options = new KAnonymityOptions { K = parseResult.GetValue(k), MaxSuppression = parseResult.GetValue(maxSuppression) };
            if (options.K < 2)
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--k must be at least 2 (got {options.K}): with k = 1 every record may be unique."));
            }

            if (double.IsNaN(options.MaxSuppression) || options.MaxSuppression is < 0 or > 1)
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--max-suppression must be between 0 and 1 (got {options.MaxSuppression})."));
            }

            var scope = parseResult.GetValue(network) is { } id ? ExportScope.ForNetwork(id) : ExportScope.WholeStore;
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var records = await new CtdcRecordReader(store).ReadAsync(scope, ct);
            var result = KAnonymizer.Anonymise(records, options);
            var bytes = await ExportOutput.RenderAsync(s =>
            {
                CtdcExporter.Write(result, options.K, parseResult.GetValue(format) == "json" ? CtdcFormat.Json : CtdcFormat.Csv, s);
                return Task.CompletedTask;
            });
            await ExportOutput.SaveAsync(parseResult, parseResult.GetValue(output), bytes, ct);
            var report = result.Report;
            var stdout = parseResult.InvocationConfiguration.Output;
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records in: {report.RecordsIn}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records out: {report.RecordsOut}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"suppressed: {report.Suppressed}"));
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"k: {report.K} (max suppression {report.MaxSuppression:0.###})"));
            stdout.WriteLine("levels: " + string.Join(", ", KAnonymizer.QuasiIdentifiers.Select(q => q + "=" + report.Levels[q])));
            return ExitCodes.Success;
        });
        return command;
    }
}
