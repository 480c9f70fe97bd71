using System.Security.Cryptography;
using Ariadne.Core.Cases;
using Ariadne.Store;

namespace Ariadne.Pipeline.Cases;

/// <summary>
/// Recomputes a case's audit chain, checks its signed checkpoints against the key outside the database, and
/// re-hashes every piece of evidence against its record and its capture entry. Reports the first problem:
/// an edited, removed, inserted or reordered record; a chain rewritten after a checkpoint or cut short below
/// one; an evidence row whose hash no longer matches its capture entry; an evidence file changed or missing.
/// </summary>
public sealed class AuditVerifier(AriadneStore store, EvidenceVault vault, AuditSigner? signer)
{
    /// <summary>Verifies every case, in id order.</summary>
    public async Task<IReadOnlyList<CaseVerification>> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<CaseVerification>();
        foreach (var caseId in await store.Cases.ListIdsAsync(cancellationToken))
        {
            results.Add(await VerifyAsync(caseId, cancellationToken));
        }

        return results;
    }

    public async Task<CaseVerification> VerifyAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var records = await store.Cases.ListAuditAsync(caseId, cancellationToken);
        var checkpoints = await store.Cases.ListCheckpointsAsync(caseId, cancellationToken);
        var evidence = await store.Cases.ListEvidenceAsync(caseId, cancellationToken);
        var head = records.Count == 0 ? null : records[^1].Hash;
        var signed = 0;

        CaseVerification Result(long? sequence, string? problem) =>
            new(caseId, records.Count, checkpoints.Count, signed, evidence.Count, head, sequence, problem);

        if (records.Count == 0)
        {
            return Result(null, "the case has no audit records at all (its creation is always recorded)");
        }

        var chainBreak = AuditChain.FindFirstBreak(records);
        if (chainBreak is not null)
        {
            return Result(chainBreak.Sequence, chainBreak.Reason);
        }

        var bySequence = records.ToDictionary(r => r.Sequence);
        foreach (var checkpoint in checkpoints)
        {
            if (!bySequence.TryGetValue(checkpoint.Sequence, out var record))
            {
                return Result(checkpoint.Sequence, $"a checkpoint signed on {checkpoint.AtUtc:u} covers record {checkpoint.Sequence}, but the log ends at {records[^1].Sequence} (records were removed from the end)");
            }

            if (!string.Equals(record.Hash, checkpoint.Hash, StringComparison.Ordinal))
            {
                return Result(checkpoint.Sequence, $"the chain differs from the checkpoint signed on {checkpoint.AtUtc:u} (the log up to here was rewritten)");
            }

            if (signer is null)
            {
                return Result(null, "checkpoint signatures cannot be checked: the signing key was not found");
            }

            if (!signer.Verify(checkpoint))
            {
                return Result(checkpoint.Sequence, string.Equals(checkpoint.KeyId, signer.KeyId, StringComparison.Ordinal)
                    ? "the checkpoint's signature does not verify (the checkpoint was edited or forged)"
                    : $"the checkpoint was signed by key {checkpoint.KeyId}, not by this store's key {signer.KeyId}");
            }

            signed++;
        }

        var evidenceProblem = await CheckEvidenceAsync(records, evidence, cancellationToken);
        return evidenceProblem is null ? Result(null, null) : Result(evidenceProblem.Value.Sequence, evidenceProblem.Value.Problem);
    }

    private async Task<(long? Sequence, string Problem)?> CheckEvidenceAsync(IReadOnlyList<AuditRecord> records, IReadOnlyList<Evidence> evidence, CancellationToken cancellationToken)
    {
        var captures = new Dictionary<string, AuditRecord>(StringComparer.Ordinal);
        var withdrawals = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (record.Action == AuditAction.EvidenceCaptured && record.Subject is not null)
            {
                captures[record.Subject] = record;
            }
            else if (record.Action == AuditAction.EvidenceWithdrawn && record.Subject is not null)
            {
                withdrawals.Add(record.Subject);
            }
        }

        var rows = evidence.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var (id, capture) in captures.OrderBy(c => c.Value.Sequence))
        {
            if (!rows.ContainsKey(id))
            {
                return (capture.Sequence, $"evidence {id} was captured here but its record is gone from the store");
            }
        }

        foreach (var item in evidence)
        {
            if (!captures.TryGetValue(item.Id, out var capture))
            {
                return (null, $"evidence {item.Id} has no capture entry in the audit log (it was added outside Ariadne)");
            }

            var details = EvidenceDetails.Parse(capture.Details);
            if (details is null || !string.Equals(details.Sha256, item.Sha256, StringComparison.Ordinal) || details.Size != item.SizeBytes)
            {
                return (capture.Sequence, $"evidence {item.Id}'s stored hash or size differs from what was recorded at capture (the evidence record was edited)");
            }

            if (item.WithdrawnAtUtc is not null)
            {
                if (!withdrawals.Contains(item.Id))
                {
                    return (capture.Sequence, $"evidence {item.Id} is marked withdrawn but no withdrawal was recorded");
                }

                continue;
            }

            if (withdrawals.Contains(item.Id))
            {
                return (capture.Sequence, $"evidence {item.Id} was withdrawn in the log but its record says otherwise (the record was edited)");
            }

            if (!vault.Exists(item.Sha256))
            {
                return (capture.Sequence, $"the file of evidence {item.Id} ({item.Sha256}) is missing from the evidence store");
            }

            string actual;
            await using (var file = vault.OpenRead(item.Sha256))
            {
                actual = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
            }

            if (!string.Equals(actual, item.Sha256, StringComparison.Ordinal))
            {
                return (capture.Sequence, $"the file of evidence {item.Id} no longer has its SHA-256 (expected {item.Sha256}, found {actual}): it was modified");
            }
        }

        return null;
    }
}
