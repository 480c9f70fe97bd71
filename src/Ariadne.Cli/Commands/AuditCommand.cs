using System.CommandLine;
using Ariadne.Cli.Infrastructure;
using Ariadne.Core.Cases;
using Ariadne.Investigation.Cases;
using Ariadne.Store;

namespace Ariadne.Cli.Commands;

/// <summary>
/// <c>ariadne audit verify|checkpoint|log</c>. Verification needs no account: it reveals only whether each case's
/// log and evidence are intact, and an auditor must be able to run it without being in every case.
/// </summary>
public static class AuditCommand
{
    public static Command Create() => new("audit", "Check the tamper-evident audit log of cases and their evidence.")
    {
        CreateVerify(), CreateCheckpoint(), CreateLog(),
    };

    private static Command CreateVerify()
    {
        var caseId = new Option<string?>("--case") { Description = "Verify one case (default: every case)." };
        var stamps = new Option<string[]>("--stamp")
        {
            Description = "A custody stamp kept from an export or report (FILE.custody.json, or the Ariadne-Custody header saved as a file): its case must still hold that exact signed record. Repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("verify", "Recompute each case's hash chain, check its signed checkpoints and the signed head kept beside the key, and re-hash its evidence; report the first broken record. Exit code 2 when anything is broken.") { caseId, stamps };
        command.SetAction(async (parseResult, ct) =>
        {
            var location = StoreOption.Resolve(parseResult);
            await using var store = await AriadneStore.OpenAsync(location, ct);
            var blobRoot = StoreOption.ResolveBlobRoot(parseResult, location);
            var keyPath = AuditSigner.DefaultPath(blobRoot);
            using var signer = File.Exists(keyPath) ? AuditSigner.Open(keyPath) : null;
            var verifier = new AuditVerifier(store, new EvidenceVault(EvidenceVault.ForBlobRoot(blobRoot)), signer);
            var byCase = (parseResult.GetValue(stamps) ?? []).Select(path => AuditCheckpointJson.Load(path, "--stamp: the custody stamp")).ToLookup(s => s.CaseId, StringComparer.Ordinal);
            var one = parseResult.GetValue(caseId);
            if (one is not null && byCase.Any(g => g.Key != one))
            {
                throw new CliUsageException($"--stamp: a stamp is for case '{byCase.First(g => g.Key != one).Key}', not for --case '{one}'.");
            }

            var ids = one is not null ? [one] : byCase.Count > 0 ? byCase.Select(g => g.Key).ToList() : await store.Cases.ListIdsAsync(ct);
            var results = new List<CaseVerification>();
            foreach (var id in ids)
            {
                if (await store.Cases.GetAsync(id, ct) is null)
                {
                    throw new CaseNotFoundException($"--case: there is no case '{id}'.");
                }

                results.Add(await verifier.VerifyAsync(id, byCase[id].ToList(), ct));
            }

            var stdout = parseResult.InvocationConfiguration.Output;
            foreach (var result in results)
            {
                stdout.WriteLine(result.Describe());
            }

            var broken = results.Count(r => !r.Intact);
            stdout.WriteLine(results.Count == 0
                ? "no cases to verify"
                : $"{results.Count} case(s) verified, {broken} broken; key {(signer is null ? "not found at " + keyPath : signer.KeyId + " at " + keyPath)}");
            return broken == 0 ? ExitCodes.Success : ExitCodes.Failed;
        });
        return command;
    }

    private static Command CreateCheckpoint()
    {
        var caseId = new Option<string?>("--case") { Description = "Sign one case's chain head (default: every case)." };
        var command = new Command("checkpoint", "Sign a checkpoint of each case's current chain head with the key outside the database.") { caseId };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            if (!session.Actor.IsAdmin)
            {
                throw new CliUsageException("--as: signing checkpoints for every case is an Admin's job.");
            }

            var ids = parseResult.GetValue(caseId) is { } one ? [one] : await session.Store.Cases.ListIdsAsync(ct);
            foreach (var id in ids)
            {
                var checkpoint = await session.Service.CheckpointAsync(id, ct);
                parseResult.InvocationConfiguration.Output.WriteLine(checkpoint is null
                    ? $"case {id}: no records"
                    : $"case {id}: record {checkpoint.Sequence} hash {checkpoint.Hash} signed by {checkpoint.KeyId}");
            }

            return ExitCodes.Success;
        });
        command.Options.Add(CaseSession.As);
        return command;
    }

    private static Command CreateLog()
    {
        var id = new Argument<string>("CASE") { Description = "Case id." };
        var command = new Command("log", "Print a case's audit log (members and Admins only).") { id, CaseSession.As };
        command.SetAction(async (parseResult, ct) =>
        {
            await using var session = await CaseSession.OpenAsync(parseResult, ct);
            var records = await session.Service.AuditLogAsync(session.Actor, parseResult.GetRequiredValue(id), ct);
            var names = await session.Store.Cases.UserNamesAsync(records.Select(r => r.UserId), ct);
            var stdout = parseResult.InvocationConfiguration.Output;
            foreach (var record in records)
            {
                var who = record.UserId is null ? "—" : names.GetValueOrDefault(record.UserId, record.UserId);
                stdout.WriteLine($"{record.Sequence,5} {record.AtUtc:yyyy-MM-dd HH:mm:ss.fff}Z {who} {record.Action} {record.Subject} {record.Details} [{record.Hash[..16]}]");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
