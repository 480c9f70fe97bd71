using System.CommandLine;
using System.Globalization;
using Ariadne.Cli.Infrastructure;
using Ariadne.Core.Sharing;
using Ariadne.Investigation.Cases;
using Ariadne.Investigation.Cases.Report;
using Ariadne.Investigation.Exports;
using Ariadne.Investigation.Exports.Ctdc;
using Ariadne.Investigation.Exports.Entities;
using Ariadne.Investigation.Exports.Graphs;
using Ariadne.Store;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne export graphml|entities|ctdc</c>: the export engine over a network (or, for ctdc, the whole store).</summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var command = new Command("export", "Export a network or a case as GraphML or entity CSV, a case as HTCDS records, or k-anonymised records for data sharing. With --case, --as names the account (a member of the case or an Admin) and the export is recorded in the case's audit log.")
        {
            CaseSession.As,
        };
        command.Subcommands.Add(GraphMl());
        command.Subcommands.Add(Entities());
        command.Subcommands.Add(Ctdc());
        command.Subcommands.Add(Htcds());
        command.Subcommands.Add(Report());
        return command;
    }

    private static Option<string?> NetworkOption() =>
        new("--network") { Description = "Network id (as on the web app's /networks page)." };

    private static Option<string?> CaseOption() =>
        new("--case") { Description = "Case id: the case's documents and the members of its networks." };

    /// <summary>Exactly one of --network and --case.</summary>
    private static (string? Network, string? Case) NetworkOrCase(ParseResult parseResult, Option<string?> network, Option<string?> caseId)
    {
        var n = parseResult.GetValue(network);
        var c = parseResult.GetValue(caseId);
        if (string.IsNullOrWhiteSpace(n) == string.IsNullOrWhiteSpace(c))
        {
            throw new CliUsageException("give exactly one of --network or --case.");
        }

        return (n, c);
    }

    private static Command GraphMl() => NetworkOrCaseCommand(
        "graphml",
        "The ads of a network or case, the identifiers they mention and the joining edges with their evidence, as GraphML for Gephi or yEd.",
        (exports, actor, caseId, ct) => exports.GraphMlAsync(actor, caseId, ct),
        async (store, scope, ct) =>
        {
            var graph = await new ExportGraphReader(store).ReadAsync(scope, ct);
            return await ExportOutput.RenderAsync(s =>
            {
                GraphMlWriter.Write(graph, s);
                return Task.CompletedTask;
            });
        });

    private static Command Entities() => NetworkOrCaseCommand(
        "entities",
        "The entities of a network's or case's ads as CSV: type, value, documents, first_seen, last_seen.",
        (exports, actor, caseId, ct) => exports.EntitiesCsvAsync(actor, caseId, ct),
        async (store, scope, ct) =>
        {
            var rows = await new EntityCsvExporter(store).ReadAsync(scope, ct);
            return await ExportOutput.RenderAsync(s =>
            {
                EntityCsvExporter.Write(rows, s);
                return Task.CompletedTask;
            });
        });

    /// <summary>
    /// An export of one network (store only) or one case (need-to-know checked and audited by <see cref="CaseExports"/>),
    /// written to --out or stdout.
    /// </summary>
    private static Command NetworkOrCaseCommand(string name, string description,
        Func<CaseExports, CaseActor, string, CancellationToken, Task<CaseExportFile>> forCase,
        Func<AriadneStore, ExportScope, CancellationToken, Task<byte[]>> forNetwork)
    {
        var network = NetworkOption();
        var caseId = CaseOption();
        var command = new Command(name, description) { network, caseId, ExportOutput.Out };
        command.SetAction(async (parseResult, ct) =>
        {
            var (networkId, caseValue) = NetworkOrCase(parseResult, network, caseId);
            var path = parseResult.GetValue(ExportOutput.Out);
            if (caseValue is not null)
            {
                await using var session = await CaseSession.OpenAsync(parseResult, ct);
                var export = await forCase(new CaseExports(session.Store, session.Service), session.Actor, caseValue, ct);
                await ExportOutput.SaveAsync(parseResult, path, export.Bytes, ct);
                await ExportOutput.SaveCustodyAsync(parseResult, path, export.Custody, ct);
            }
            else
            {
                await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
                await ExportOutput.SaveAsync(parseResult, path, await forNetwork(store, ExportScope.ForNetwork(networkId!), ct), ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Ctdc()
    {
        var network = new Option<string?>("--network") { Description = "Only this network's documents (default: every document in the store)." };
        var caseId = new Option<string?>("--case") { Description = "Only this case's documents (recorded in the case's audit log)." };
        var k = new Option<int>("--k") { Description = "Every combination of age band, place, month and kind occurs at least k times (at least 2).", DefaultValueFactory = _ => KAnonymityOptions.DefaultK };
        var maxSuppression = new Option<double>("--max-suppression") { Description = "Share of records (0-1) that may be dropped rather than generalising further.", DefaultValueFactory = _ => KAnonymityOptions.DefaultMaxSuppression };
        var format = new Option<string>("--format") { Description = "csv or json.", DefaultValueFactory = _ => "csv" }.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string>("--out") { Description = "File to write.", Required = true };
        var command = new Command("ctdc", "One k-anonymised record per document for data sharing (CTDC style): direct identifiers removed, age, place and date generalised, small classes suppressed.")
        {
            network, caseId, k, maxSuppression, format, output,
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

            var formatValue = parseResult.GetValue(format) == "json" ? CtdcFormat.Json : CtdcFormat.Csv;
            AnonymisationReport report;
            if (parseResult.GetValue(caseId) is { } caseValue)
            {
                if (parseResult.GetValue(network) is not null)
                {
                    throw new CliUsageException("give --network or --case, not both.");
                }

                await using var session = await CaseSession.OpenAsync(parseResult, ct);
                var (caseFile, caseReport) = await new CaseExports(session.Store, session.Service).CtdcAsync(session.Actor, caseValue, options, formatValue, ct);
                await ExportOutput.SaveAsync(parseResult, parseResult.GetValue(output), caseFile.Bytes, ct);
                await ExportOutput.SaveCustodyAsync(parseResult, parseResult.GetValue(output), caseFile.Custody, ct);
                report = caseReport;
            }
            else
            {
                var scope = parseResult.GetValue(network) is { } id ? ExportScope.ForNetwork(id) : ExportScope.WholeStore;
                await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
                var records = await new CtdcRecordReader(store).ReadAsync(scope, ct);
                var result = KAnonymizer.Anonymise(records, options);
                var bytes = await ExportOutput.RenderAsync(s =>
                {
                    CtdcExporter.Write(result, options.K, formatValue, s);
                    return Task.CompletedTask;
                });
                await ExportOutput.SaveAsync(parseResult, parseResult.GetValue(output), bytes, ct);
                report = result.Report;
            }

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

    private static Command Htcds()
    {
        var caseId = new Option<string>("--case") { Description = "Case id.", Required = true };
        var format = new Option<string>("--format") { Description = "json or csv.", DefaultValueFactory = _ => "json" }.AcceptOnlyFromAmong("json", "csv");
        var command = new Command("htcds", "A case as records of IOM's Human Trafficking Case Data Standard v2.0 (fields we cannot fill honestly stay empty; mapping in docs/data-formats.md).")
        {
            caseId, format, ExportOutput.Out,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var export = await new CaseExports(session.Store, session.Service).HtcdsAsync(session.Actor, parseResult.GetRequiredValue(caseId), parseResult.GetValue(format) == "csv", ct);
            await ExportOutput.SaveAsync(parseResult, parseResult.GetValue(ExportOutput.Out), export.Bytes, ct);
            await ExportOutput.SaveCustodyAsync(parseResult, parseResult.GetValue(ExportOutput.Out), export.Custody, ct);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Report()
    {
        var caseId = new Option<string>("--case") { Description = "Case id.", Required = true };
        var format = new Option<string>("--format") { Description = "html or pdf (pdf prints the HTML with headless chromium; ARIADNE_CHROMIUM names it).", DefaultValueFactory = _ => "html" }.AcceptOnlyFromAmong("html", "pdf");
        var output = new Option<string>("--out") { Description = "File to write.", Required = true };
        var command = new Command("report", "The court report of a case: summary, networks with a figure, timeline, evidence with SHA-256, notes, tasks and the chain-of-custody statement with the verification result.")
        {
            caseId, format, output,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var reports = new CaseReportBuilder(session.Store, session.Service, AuditVerification.For(session.Store, session.Service));
            CaseReportFile file;
            if (parseResult.GetValue(format) == "pdf")
            {
                if (ChromiumPdfPrinter.FindExecutable() is null)
                {
                    throw new CliUsageException("--format pdf needs chromium (apt-get install chromium, or set ARIADNE_CHROMIUM to its path); --format html works without it.");
                }

                file = await reports.ProducePdfAsync(session.Actor, parseResult.GetRequiredValue(caseId), ChromiumPdfPrinter.Create(), ct);
            }
            else
            {
                file = await reports.ProduceHtmlAsync(session.Actor, parseResult.GetRequiredValue(caseId), ct);
            }

            await ExportOutput.SaveAsync(parseResult, parseResult.GetRequiredValue(output), file.Content, ct);
            await ExportOutput.SaveCustodyAsync(parseResult, parseResult.GetRequiredValue(output), file.Custody, ct);
            parseResult.InvocationConfiguration.Output.WriteLine($"wrote {Path.GetFullPath(parseResult.GetRequiredValue(output))} ({file.Content.Length:N0} bytes, sha256 {file.Sha256}) and its custody stamp {ExportOutput.CustodyPath(parseResult.GetRequiredValue(output))}");
            return ExitCodes.Success;
        });
        return command;
    }
}
