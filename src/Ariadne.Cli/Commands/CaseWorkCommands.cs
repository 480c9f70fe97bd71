using System.CommandLine;
using Ariadne.Cli.Infrastructure;
using Ariadne.Core.Documents;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne case note</c> and <c>ariadne case task add|done</c>.</summary>
public static class CaseWorkCommands
{
    public static Command CreateNote()
    {
        var id = new Argument<string>("CASE") { Description = "Case id." };
        var text = new Argument<string>("TEXT") { Description = "The note (notes are never edited; write a new one to correct)." };
        var command = new Command("note", "Add a note to the case.") { id, text };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var note = await session.Service.AddNoteAsync(session.Actor, parseResult.GetRequiredValue(id), parseResult.GetRequiredValue(text), ct);
            parseResult.InvocationConfiguration.Output.WriteLine(note.Id);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateTask()
    {
        var id = new Argument<string>("CASE") { Description = "Case id." };
        var title = new Argument<string>("TITLE") { Description = "What needs doing." };
        var assignee = new Option<string?>("--assignee") { Description = "E-mail of the account it is for." };
        var due = new Option<string?>("--due") { Description = "Due date (any common form, read as UTC)." };
        var add = new Command("add", "Add a task.") { id, title, assignee, due };
        add.SetAction(async (parseResult, ct) =>
        {
            DateTimeOffset? dueUtc = null;
            if (parseResult.GetValue(due) is { } dueText)
            {
                dueUtc = PostedAtParser.TryParse(dueText, null, out var parsed) ? parsed : throw new CliUsageException($"--due: '{dueText}' is not a date.");
            }

            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var assigneeId = parseResult.GetValue(assignee) is { } email ? await session.UserIdOfAsync(email, "--assignee", ct) : null;
            var task = await session.Service.AddTaskAsync(session.Actor, parseResult.GetRequiredValue(id), parseResult.GetRequiredValue(title), assigneeId, dueUtc, ct);
            parseResult.InvocationConfiguration.Output.WriteLine(task.Id);
            return ExitCodes.Success;
        });

        var doneCase = new Argument<string>("CASE") { Description = "Case id." };
        var taskId = new Argument<string>("TASK") { Description = "Task id." };
        var done = new Command("done", "Mark a task done.") { doneCase, taskId };
        done.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            await session.Service.CompleteTaskAsync(session.Actor, parseResult.GetRequiredValue(doneCase), parseResult.GetRequiredValue(taskId), ct);
            parseResult.InvocationConfiguration.Output.WriteLine($"done: {parseResult.GetRequiredValue(taskId)}");
            return ExitCodes.Success;
        });

        return new Command("task", "Tasks of a case.") { add, done };
    }
}
