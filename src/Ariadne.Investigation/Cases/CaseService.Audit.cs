using Ariadne.Core.Cases;
using Ariadne.Store.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>The audit trail: export records, signed checkpoints, and appending with the signed head kept beside the key.</summary>
public sealed partial class CaseService
{
    /// <summary>
    /// Records that the case (or part of it) was exported, with the SHA-256 of what went out, and returns the
    /// checkpoint signed over that record: the custody stamp that travels with the export, binding the file's hash
    /// into the signed chain.
    /// </summary>
    public async Task<AuditCheckpoint> RecordExportAsync(CaseActor actor, string caseId, string what, string? sha256 = null, CancellationToken cancellationToken = default)
    {
        await RequireAccessAsync(actor, caseId, cancellationToken);
        var now = _time.GetUtcNow();
        var (_, checkpoint) = await AppendAsync(new AuditEntry(caseId, actor.UserId, AuditAction.Exported, what, sha256), null, now, cancellationToken);
        return checkpoint ?? throw new InvalidOperationException("An export record must carry a signed checkpoint.");
    }

    /// <summary>Signs the case's current chain head (nothing to do if it is already signed).</summary>
    public async Task<AuditCheckpoint?> CheckpointAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var head = await Cases.GetAuditHeadAsync(caseId, cancellationToken);
        if (head is null)
        {
            return null;
        }

        var existing = await Cases.ListCheckpointsAsync(caseId, cancellationToken);
        if (existing.Count > 0 && existing[^1].Sequence == head.Sequence)
        {
            return existing[^1];
        }

        var checkpoint = signer.Sign(head, _time.GetUtcNow());
        await Cases.AddCheckpointAsync(checkpoint, cancellationToken);
        await _heads.WriteAsync(checkpoint, old => StillHoldsAsync(head, old, cancellationToken), cancellationToken);
        return checkpoint;
    }

    /// <summary>
    /// Appends the record (with its checkpoint, when the policy requires one, in the same transaction), then writes
    /// the new signed head beside the key. The head follows the commit: if Ariadne stops in between, the verifier
    /// reports the one unsigned record rather than missing a real cut.
    /// </summary>
    private async Task<(AuditRecord Record, AuditCheckpoint? Checkpoint)> AppendAsync(AuditEntry entry, Action<Store.Model.AriadneDbContext>? change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        AuditCheckpoint? checkpoint = null;
        var record = await Cases.AppendAsync(entry, change, now,
            r => checkpoint = AuditCheckpointPolicy.IsRequired(r) ? signer.Sign(r, now) : null, cancellationToken);
        await _heads.WriteAsync(checkpoint ?? signer.Sign(record, now), old => StillHoldsAsync(record, old, cancellationToken), cancellationToken);
        return (record, checkpoint);
    }

    /// <summary>Whether the chain that ends in <paramref name="latest"/> still holds the earlier signed head.</summary>
    private async Task<bool> StillHoldsAsync(AuditRecord latest, AuditCheckpoint earlier, CancellationToken cancellationToken)
    {
        if (earlier.Sequence == latest.Sequence - 1)
        {
            return string.Equals(earlier.Hash, latest.PreviousHash, StringComparison.Ordinal);
        }

        var records = await Cases.ListAuditAsync(latest.CaseId, cancellationToken);
        return records.FirstOrDefault(r => r.Sequence == earlier.Sequence) is { } record && string.Equals(record.Hash, earlier.Hash, StringComparison.Ordinal);
    }
}
