using System.CommandLine;
using Ariadne.Cli.Infrastructure;

namespace Ariadne.Cli.Commands;

/// <summary><c>ariadne case evidence get|withdraw</c>: read evidence (audited) and the Admin's withdrawal.</summary>
public static class CaseEvidenceCommands
{
    public static Command Create() => new("evidence", "Read or withdraw captured evidence.") { CreateGet(), CreateWithdraw() };

    private static Command CreateGet()
    {
        var id = new Argument<string>("EVIDENCE") { Description = "Evidence id." };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the bytes.", Required = true };
        var command = new Command("get", "Write a piece of evidence to a file; the view is recorded in the case's audit log.") { id, output };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var (evidence, content) = await session.Service.OpenEvidenceAsync(session.Actor, parseResult.GetRequiredValue(id), ct);
            var target = parseResult.GetRequiredValue(output);
            await using (content)
            await using (var file = new FileStream(target.FullName, FileMode.CreateNew, FileAccess.Write))
            {
                await content.CopyToAsync(file, ct);
            }

            parseResult.InvocationConfiguration.Output.WriteLine($"wrote {target.FullName} ({evidence.SizeBytes:N0} bytes, sha256 {evidence.Sha256})");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateWithdraw()
    {
        var id = new Argument<string>("EVIDENCE") { Description = "Evidence id." };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the record and the audit log).", Required = true };
        var command = new Command("withdraw", "Admin only: withdraw evidence. Its record and SHA-256 are kept; its bytes are deleted unless another case holds them.") { id, reason };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            await session.Service.WithdrawEvidenceAsync(session.Actor, parseResult.GetRequiredValue(id), parseResult.GetRequiredValue(reason), ct);
            parseResult.InvocationConfiguration.Output.WriteLine($"withdrawn: {parseResult.GetRequiredValue(id)}");
            return ExitCodes.Success;
        });
        return command;
    }
}
