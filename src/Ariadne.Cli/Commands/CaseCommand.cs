using System.CommandLine;
using Ariadne.Cli.Infrastructure;
using Ariadne.Core.Cases;
using Spectre.Console;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne case ...</c>: cases, their members, items, notes, tasks and evidence, from the terminal.</summary>
public static class CaseCommand
{
    public static Command Create()
    {
        var command = new Command("case", "Cases: need-to-know investigations with write-once evidence and an audit log. Every command acts as the account named by --as.")
        {
            CaseSession.As,
            CreateNew(), CreateList(), CreateShow(), CreateStatus(),
            CaseMemberCommands.Create(), CaseItemCommands.CreateAdd(), CaseItemCommands.CreateCapture(),
            CaseWorkCommands.CreateNote(), CaseWorkCommands.CreateTask(), CaseEvidenceCommands.Create(), CaseTimelineCommand.Create(),
        };
        return command;
    }

    private static Command CreateNew()
    {
        var title = new Argument<string>("TITLE") { Description = "What the case is about." };
        var description = new Option<string?>("--description") { Description = "A longer description." };
        var command = new Command("create", "Open a case; you become its owner and first member.") { title, description };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var created = await session.Service.CreateAsync(session.Actor, parseResult.GetRequiredValue(title), parseResult.GetValue(description), ct);
            parseResult.InvocationConfiguration.Output.WriteLine(created.Id);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "Cases you may see (an Admin sees all), most recently changed first.");
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var cases = await session.Service.ListAsync(session.Actor, ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            if (cases.Count == 0)
            {
                stdout.WriteLine("no cases; open one with `ariadne case create TITLE --as EMAIL`");
                return ExitCodes.Success;
            }

            var table = new Table().AddColumns("id", "title", "status", "members", "items", "evidence", "open tasks", "updated (UTC)");
            foreach (var summary in cases)
            {
                table.AddRow(summary.Case.Id, Markup.Escape(summary.Case.Title), summary.Case.Status, $"{summary.Members}", $"{summary.Items}", $"{summary.Evidence}", $"{summary.OpenTasks}", $"{summary.Case.UpdatedAtUtc:yyyy-MM-dd HH:mm}");
            }

            CliConsole.For(stdout).Write(table);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateShow()
    {
        var id = new Argument<string>("CASE") { Description = "Case id." };
        var command = new Command("show", "A case: members, linked items, evidence with SHA-256, notes and tasks.") { id };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var detail = await session.Service.GetAsync(session.Actor, parseResult.GetRequiredValue(id), ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            var found = detail.Case;
            stdout.WriteLine($"{found.Id}  {found.Title}  [{found.Status}]");
            stdout.WriteLine($"owner {detail.NameOf(found.OwnerUserId)}; opened {found.CreatedAtUtc:u}; updated {found.UpdatedAtUtc:u}");
            if (found.Description is not null)
            {
                stdout.WriteLine(found.Description);
            }

            stdout.WriteLine();
            stdout.WriteLine("members: " + string.Join(", ", detail.Members.Select(m => detail.NameOf(m.UserId))));
            stdout.WriteLine($"items ({detail.Items.Count}):");
            foreach (var item in detail.Items)
            {
                stdout.WriteLine($"  {item.ItemType,-8} {item.Key}");
            }

            stdout.WriteLine($"evidence ({detail.Evidence.Count}):");
            foreach (var evidence in detail.Evidence)
            {
                var state = evidence.WithdrawnAtUtc is null ? "" : $"  WITHDRAWN {evidence.WithdrawnAtUtc:u} by {detail.NameOf(evidence.WithdrawnByUserId)}: {evidence.WithdrawnReason}";
                stdout.WriteLine($"  {evidence.Id}  {evidence.Kind,-8} sha256 {evidence.Sha256}  {evidence.SizeBytes:N0} B  {evidence.FileName}  captured {evidence.CapturedAtUtc:u} by {detail.NameOf(evidence.CapturedByUserId)}{state}");
            }

            stdout.WriteLine($"tasks ({detail.Tasks.Count}):");
            foreach (var task in detail.Tasks)
            {
                stdout.WriteLine($"  [{(task.DoneAtUtc is null ? " " : "x")}] {task.Id}  {task.Title}" + (task.AssigneeUserId is null ? "" : $"  → {detail.NameOf(task.AssigneeUserId)}"));
            }

            stdout.WriteLine($"notes ({detail.Notes.Count}):");
            foreach (var note in detail.Notes)
            {
                stdout.WriteLine($"  {note.CreatedAtUtc:u} {detail.NameOf(note.AuthorUserId)}: {note.Text}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateStatus()
    {
        var id = new Argument<string>("CASE") { Description = "Case id." };
        var status = new Argument<string>("STATUS") { Description = string.Join(", ", CaseStatus.All) + "." };
        var command = new Command("status", "Change a case's status.") { id, status };
        command.SetAction(async (parseResult, ct) =>
        {
            var value = parseResult.GetRequiredValue(status).Trim().ToLowerInvariant();
            if (!CaseStatus.All.Contains(value))
            {
                throw new CliUsageException($"STATUS: '{value}' is not a status; use one of {string.Join(", ", CaseStatus.All)}.");
            }

            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            await session.Service.UpdateAsync(session.Actor, parseResult.GetRequiredValue(id), null, null, value, ct);
            parseResult.InvocationConfiguration.Output.WriteLine($"{parseResult.GetRequiredValue(id)}: {value}");
            return ExitCodes.Success;
        });
        return command;
    }
}
