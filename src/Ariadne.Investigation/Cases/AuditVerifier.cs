using System.Security.Cryptography;
using Ariadne.Core.Cases;
using Ariadne.Store;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// Recomputes a case's audit chain, checks its signed checkpoints and its signed head against the key outside the
/// database, and re-hashes every piece of evidence against its record and its capture entry. Reports the first
/// problem: an edited, removed, inserted or reordered record; a checkpoint missing where the policy puts one
/// (every 25th record and every export), forged, or disagreeing with the chain; a chain that ends before, differs
/// at, or runs past its signed head; an evidence row whose hash no longer matches its capture entry; an evidence
/// file changed or missing. <paramref name="heads"/> defaults to the head folder beside the signer's key.
/// </summary>
public sealed class AuditVerifier(AriadneStore store, EvidenceVault vault, AuditSigner? signer, AuditHeadStore? heads = null)
{
    private readonly AuditHeadStore? _heads = heads ?? (signer is null ? null : AuditHeadStore.BesideKey(signer.KeyPath));

    /// <summary>Verifies every case, in id order.</summary>
    public async Task<IReadOnlyList<CaseVerification>> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<CaseVerification>();
        foreach (var caseId in await store.Cases.ListIdsAsync(cancellationToken))
        {
            results.Add(await VerifyAsync(caseId, cancellationToken: cancellationToken));
        }

        return results;
    }

    /// <summary>
    /// Verifies one case. <paramref name="stamps"/> are checkpoints held outside Ariadne (the custody stamps of
    /// earlier exports and reports): each must be validly signed and its record must still be in the chain unchanged.
    /// </summary>
    public async Task<CaseVerification> VerifyAsync(string caseId, IReadOnlyList<AuditCheckpoint>? stamps = null, CancellationToken cancellationToken = default)
    {
        var records = await store.Cases.ListAuditAsync(caseId, cancellationToken);
        var checkpoints = await store.Cases.ListCheckpointsAsync(caseId, cancellationToken);
        var evidence = await store.Cases.ListEvidenceAsync(caseId, cancellationToken);
        var head = records.Count == 0 ? null : records[^1].Hash;
        var signed = 0;
        long? signedHead = null;

        CaseVerification Result(long? sequence, string? problem) =>
            new(caseId, records.Count, checkpoints.Count, signed, evidence.Count, head, sequence, problem, signedHead);

        if (records.Count == 0)
        {
            return Result(null, "the case has no audit records at all (its creation is always recorded)");
        }

        var chainBreak = AuditChain.FindFirstBreak(records);
        if (chainBreak is not null)
        {
            return Result(chainBreak.Sequence, chainBreak.Reason);
        }

        if (signer is null || _heads is null)
        {
            return Result(null, "checkpoint signatures cannot be checked: the signing key was not found");
        }

        var bySequence = records.ToDictionary(r => r.Sequence);
        foreach (var checkpoint in checkpoints)
        {
            if (Disagreement(checkpoint, bySequence, records[^1].Sequence, $"a checkpoint signed on {checkpoint.AtUtc:u}") is { } problem)
            {
                return Result(checkpoint.Sequence, problem);
            }

            signed++;
        }

        var present = checkpoints.Select(c => c.Sequence).ToHashSet();
        foreach (var record in records)
        {
            if (AuditCheckpointPolicy.IsRequired(record) && !present.Contains(record.Sequence))
            {
                var why = record.Action == AuditAction.Exported ? "it records an export" : $"it is a multiple of {AuditCheckpointPolicy.Interval}";
                return Result(record.Sequence, $"record {record.Sequence} must carry a signed checkpoint ({why}) but none is stored: checkpoints were deleted from the database");
            }
        }

        foreach (var stamp in stamps ?? [])
        {
            if (!string.Equals(stamp.CaseId, caseId, StringComparison.Ordinal))
            {
                return Result(null, $"the custody stamp given is for case {stamp.CaseId}, not {caseId}");
            }

            if (Disagreement(stamp, bySequence, records[^1].Sequence, $"the custody stamp signed on {stamp.AtUtc:u}") is { } problem)
            {
                return Result(stamp.Sequence, problem);
            }
        }

        var headProblem = CheckSignedHead(caseId, records, bySequence);
        if (headProblem is not null)
        {
            return Result(headProblem.Value.Sequence, headProblem.Value.Problem);
        }

        signedHead = records[^1].Sequence;
        var evidenceProblem = await CheckEvidenceAsync(records, evidence, cancellationToken);
        return evidenceProblem is null ? Result(null, null) : Result(evidenceProblem.Value.Sequence, evidenceProblem.Value.Problem);
    }

    /// <summary>Why a signed checkpoint does not vouch for this chain, or null when it does.</summary>
    private string? Disagreement(AuditCheckpoint checkpoint, Dictionary<long, AuditRecord> bySequence, long last, string what)
    {
        if (!bySequence.TryGetValue(checkpoint.Sequence, out var record))
        {
            return $"{what} covers record {checkpoint.Sequence}, but the log ends at {last} (records were removed from the end)";
        }

        if (!string.Equals(record.Hash, checkpoint.Hash, StringComparison.Ordinal))
        {
            return $"the chain differs from {what} (the log up to here was rewritten)";
        }

        if (!signer!.Verify(checkpoint))
        {
            return string.Equals(checkpoint.KeyId, signer.KeyId, StringComparison.Ordinal)
                ? $"{what}: its signature does not verify (the checkpoint was edited or forged)"
                : $"{what} was signed by key {checkpoint.KeyId}, not by this store's key {signer.KeyId}";
        }

        return null;
    }

    /// <summary>The chain must end exactly at the head signed outside the database.</summary>
    private (long? Sequence, string Problem)? CheckSignedHead(string caseId, IReadOnlyList<AuditRecord> records, Dictionary<long, AuditRecord> bySequence)
    {
        AuditCheckpoint? head;
        try
        {
            head = _heads!.Read(caseId);
        }
        catch (InvalidDataException ex)
        {
            return (null, ex.Message);
        }

        if (head is null)
        {
            return (null, $"there is no signed head for this case at {_heads.PathOf(caseId)} (it was deleted, or the case was written without Ariadne)");
        }

        if (!string.Equals(head.CaseId, caseId, StringComparison.Ordinal))
        {
            return (null, $"the signed head at {_heads.PathOf(caseId)} belongs to case {head.CaseId}");
        }

        if (Disagreement(head, bySequence, records[^1].Sequence, $"the signed head of {head.AtUtc:u} kept beside the key") is { } problem)
        {
            return (head.Sequence, problem);
        }

        var last = records[^1].Sequence;
        if (last > head.Sequence)
        {
            return (head.Sequence + 1, $"records {head.Sequence + 1}–{last} come after the signed head (record {head.Sequence}): they were added outside Ariadne, or Ariadne stopped between writing a record and signing it");
        }

        return null;
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
