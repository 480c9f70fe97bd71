using System.CommandLine;
using System.Globalization;
using Ariadne.Cli.Infrastructure;
using Ariadne.Core.Documents;
using Ariadne.Investigation.Cases.Timeline;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne case timeline</c>: every dated event of a case in order, filtered, as text, CSV or JSON.</summary>
public static class CaseTimelineCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("CASE") { Description = "Case id." };
        var kinds = new Option<string[]>("--kind") { Description = "Only these kinds (repeatable): " + string.Join(", ", TimelineKind.All) + ".", AllowMultipleArgumentsPerToken = true };
        var from = new Option<string?>("--from") { Description = "From this date (UTC, inclusive)." };
        var to = new Option<string?>("--to") { Description = "To this date (UTC, inclusive)." };
        var format = new Option<string>("--format") { Description = "text, csv or json.", DefaultValueFactory = _ => "text" }.AcceptOnlyFromAmong("text", "csv", "json");
        var command = new Command("timeline", "The case's dated events oldest first: ads posted, moves to a new city, photos first seen, tips, evidence, notes, tasks, status changes.")
        {
            id, kinds, from, to, format, ExportOutput.Out,
        };
        command.SetAction(async (parseResult, ct) =>
        {
            var wanted = parseResult.GetValue(kinds) ?? [];
            var unknown = wanted.Where(k => !TimelineKind.All.Contains(k)).ToList();
            if (unknown.Count > 0)
            {
                throw new CliUsageException($"--kind: '{unknown[0]}' is not a kind; use {string.Join(", ", TimelineKind.All)}.");
            }

            var filter = new TimelineFilter(wanted.Length == 0 ? null : wanted, Date(parseResult.GetValue(from), "--from"), Date(parseResult.GetValue(to), "--to"));
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var timeline = await new CaseTimelineBuilder(session.Store).BuildAsync(session.Service, session.Actor, parseResult.GetRequiredValue(id), filter, ct);
            var chosen = parseResult.GetValue(format);
            if (chosen == "csv")
            {
                await ExportOutput.SaveAsync(parseResult, parseResult.GetValue(ExportOutput.Out), System.Text.Encoding.UTF8.GetBytes(TimelineExport.ToCsv(timeline)), ct);
            }
            else if (chosen == "json")
            {
                await ExportOutput.SaveAsync(parseResult, parseResult.GetValue(ExportOutput.Out), TimelineExport.ToJson(timeline), ct);
            }
            else
            {
                var lines = timeline.Events.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.AtUtc:yyyy-MM-dd HH:mm}Z  {e.Kind,-8} {e.Title}{(string.IsNullOrEmpty(e.Detail) ? "" : " — " + e.Detail)}"));
                await ExportOutput.SaveAsync(parseResult, parseResult.GetValue(ExportOutput.Out), System.Text.Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"), ct);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static DateTimeOffset? Date(string? text, string option) =>
        text is null ? null : PostedAtParser.TryParse(text, null, out var parsed) ? parsed : throw new CliUsageException($"{option}: '{text}' is not a date.");
}
