using Ariadne.Store;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// The verification sentence the court report prints: the same check as <c>ariadne audit verify</c> (hash chain,
/// every required checkpoint present and signed by the key outside the database, the chain ending at the head
/// signed beside that key, every evidence file re-hashed), in one line.
/// </summary>
public static class AuditVerification
{
    public static Func<string, CancellationToken, Task<string>> For(AriadneStore store, CaseService cases) => async (caseId, cancellationToken) =>
    {
        var result = await new AuditVerifier(store, cases.Vault, cases.Signer).VerifyAsync(caseId, cancellationToken: cancellationToken);
        if (!result.Intact)
        {
            return "NOT VERIFIED: " + result.Describe();
        }

        return $"verified: all {result.Records} audit records chain correctly, every required checkpoint is present and all {result.Checkpoints} carry a valid signature of this store's key, the chain ends at the head signed outside the database (record {result.SignedHead}), and all {result.Evidence} evidence records match their capture entries and files.";
    };
}
