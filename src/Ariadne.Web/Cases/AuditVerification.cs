using Ariadne.Core.Cases;
using Ariadne.Pipeline.Cases;
using Ariadne.Store;

namespace Ariadne.Web.Cases;

/// <summary>
/// The one-sentence verification the court report prints: the hash chain recomputed from the stored records and
/// the latest checkpoint's signature checked against the signing key. A stand-in until the audit verifier
/// (<c>ariadne audit verify</c>) offers the same as a library call.
/// </summary>
public static class AuditVerification
{
    public static Func<string, CancellationToken, Task<string>> For(AriadneStore store, AuditSigner signer) => async (caseId, cancellationToken) =>
    {
        var records = await store.Cases.ListAuditAsync(caseId, cancellationToken);
        if (AuditChain.FindFirstBreak(records) is { } broken)
        {
            return $"NOT VERIFIED: record #{broken.Sequence} breaks the chain ({broken.Reason}).";
        }

        var checkpoints = await store.Cases.ListCheckpointsAsync(caseId, cancellationToken);
        if (checkpoints.Count == 0)
        {
            return $"verified: all {records.Count} records chain correctly; no signed checkpoint yet.";
        }

        var latest = checkpoints[^1];
        var signed = records.FirstOrDefault(r => r.Sequence == latest.Sequence);
        if (signed is null || signed.Hash != latest.Hash || !signer.Verify(latest))
        {
            return $"NOT VERIFIED: the signed checkpoint at record #{latest.Sequence} does not match the log or the signing key.";
        }

        return $"verified: all {records.Count} records chain correctly and the checkpoint at record #{latest.Sequence} carries a valid signature of key {latest.KeyId}.";
    };
}
