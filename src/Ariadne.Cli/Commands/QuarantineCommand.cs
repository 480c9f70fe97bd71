using System.CommandLine;
using System.Globalization;
using Ariadne.Cli.Infrastructure;
using Ariadne.Store;
using Spectre.Console;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne quarantine list</c>: the records ingest could not take, with file, line and reason.</summary>
public static class QuarantineCommand
{
    public static Command Create()
    {
        var run = new Option<string?>("--run") { Description = "Only this ingest run (the id printed by ingest)." };
        var limit = new Option<int>("--limit") { Description = "Maximum rows to show.", DefaultValueFactory = _ => 100 };
        var list = new Command("list", "List quarantined records, newest first.") { run, limit };
        list.SetAction(async (parseResult, ct) =>
        {
            await using var store = await AriadneStore.OpenAsync(StoreOption.Resolve(parseResult), ct);
            var rows = await store.ListQuarantineAsync(parseResult.GetValue(run), parseResult.GetValue(limit), ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            if (rows.Count == 0)
            {
                stdout.WriteLine("no quarantined records");
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("file", "line", "reason", "run");
            foreach (var row in rows)
            {
                table.AddRow(
                    Markup.Escape(row.File),
                    row.Line.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(row.Reason),
                    Markup.Escape(row.RunId));
            }

            CliConsole.For(stdout).Write(table);
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count:N0} quarantined records shown"));
            return ExitCodes.Success;
        });

        return new Command("quarantine", "Inspect records that ingest quarantined.") { list };
    }
}
