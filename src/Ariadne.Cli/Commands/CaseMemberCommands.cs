using System.CommandLine;
using Ariadne.Cli.Infrastructure;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne case member add|remove</c>: who has need-to-know access (owner or Admin only).</summary>
public static class CaseMemberCommands
{
    public static Command Create() => new("member", "Give or take away an account's access to a case (the owner or an Admin only).")
    {
        Build("add", "Give an account access to the case.", adding: true),
        Build("remove", "Take an account's access away (the owner stays).", adding: false),
    };

    private static Command Build(string name, string description, bool adding)
    {
        var id = new Argument<string>("CASE") { Description = "Case id." };
        var email = new Argument<string>("EMAIL") { Description = "The account's e-mail." };
        var command = new Command(name, description) { id, email };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var address = parseResult.GetRequiredValue(email).Trim();
            var userId = await session.UserIdOfAsync(address, "EMAIL", ct);
            var caseId = parseResult.GetRequiredValue(id);
            if (adding)
            {
                await session.Service.AddMemberAsync(session.Actor, caseId, userId, ct);
            }
            else
            {
                await session.Service.RemoveMemberAsync(session.Actor, caseId, userId, ct);
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"{caseId}: {(adding ? "added" : "removed")} {address}");
            return ExitCodes.Success;
        });
        return command;
    }
}
