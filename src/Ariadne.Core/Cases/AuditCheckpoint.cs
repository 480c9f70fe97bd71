namespace Ariadne.Core.Cases;

/// <summary>
/// A signed statement that a case's chain had <see cref="Hash"/> at <see cref="Sequence"/>. The signing key lives
/// outside the database, so rewriting the whole chain (and recomputing every hash) still fails verification.
/// </summary>
public sealed class AuditCheckpoint
{
    public required string CaseId { get; init; }

    public long Sequence { get; init; }

    public required string Hash { get; init; }

    public DateTimeOffset AtUtc { get; init; }

    /// <summary>First 16 hex digits of the SHA-256 of the signer's public key.</summary>
    public required string KeyId { get; init; }

    /// <summary>Base64 ECDSA P-256 signature over <see cref="AuditChain.CheckpointPayload"/>.</summary>
    public required string Signature { get; init; }
}
