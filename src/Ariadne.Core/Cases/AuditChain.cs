using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Ariadne.Core.Cases;

/// <summary>
/// The hash chain of a case's audit log. Each record's hash covers its own fields and the previous record's hash,
/// in a length-prefixed encoding (so no choice of text can make two different records encode alike).
/// </summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of a case's first record.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>Rounds a time down to whole milliseconds in UTC, the precision both engines store exactly.</summary>
    public static DateTimeOffset Normalise(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());

    /// <summary>Lower-case hex SHA-256 of the record's fields and <paramref name="previousHash"/>.</summary>
    public static string ComputeHash(string caseId, long sequence, DateTimeOffset atUtc, string? userId, string action, string? subject, string? details, string previousHash)
    {
        var builder = new StringBuilder(256);
        builder.Append("ariadne-audit/v1\n");
        Field(builder, caseId);
        Field(builder, sequence.ToString(CultureInfo.InvariantCulture));
        Field(builder, atUtc.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        Field(builder, userId);
        Field(builder, action);
        Field(builder, subject);
        Field(builder, details);
        Field(builder, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    /// <summary>The hash the record should carry, recomputed from its fields.</summary>
    public static string ComputeHash(AuditRecord record) =>
        ComputeHash(record.CaseId, record.Sequence, record.AtUtc, record.UserId, record.Action, record.Subject, record.Details, record.PreviousHash);

    /// <summary>Builds the next record of a chain whose last hash is <paramref name="previousHash"/>.</summary>
    public static AuditRecord Next(string caseId, long sequence, DateTimeOffset atUtc, string? userId, string action, string? subject, string? details, string previousHash)
    {
        var at = Normalise(atUtc);
        return new AuditRecord
        {
            CaseId = caseId,
            Sequence = sequence,
            AtUtc = at,
            UserId = userId,
            Action = action,
            Subject = subject,
            Details = details,
            PreviousHash = previousHash,
            Hash = ComputeHash(caseId, sequence, at, userId, action, subject, details, previousHash),
        };
    }

    /// <summary>The exact bytes a checkpoint signature covers.</summary>
    public static byte[] CheckpointPayload(string caseId, long sequence, string hash, DateTimeOffset atUtc) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"ariadne-audit-checkpoint/v1\n{caseId}\n{sequence}\n{hash}\n{atUtc.ToUnixTimeMilliseconds()}"));

    /// <summary>
    /// Walks records in stored sequence order and returns the first one that does not fit the chain, or null when
    /// the whole chain holds. Catches an edited field (hash mismatch), a removed or inserted record (sequence gap
    /// or previous-hash mismatch) and a reordering (previous-hash mismatch).
    /// </summary>
    public static AuditChainBreak? FindFirstBreak(IEnumerable<AuditRecord> recordsInSequenceOrder)
    {
        ArgumentNullException.ThrowIfNull(recordsInSequenceOrder);
        var expectedPrevious = Genesis;
        long expectedSequence = 1;
        foreach (var record in recordsInSequenceOrder)
        {
            if (record.Sequence != expectedSequence)
            {
                return new AuditChainBreak(record.Sequence, $"expected record {expectedSequence} here, found {record.Sequence} (a record was removed, inserted or renumbered)");
            }

            if (!string.Equals(record.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                return new AuditChainBreak(record.Sequence, "its previous-hash does not match the record before it (records were reordered, removed or rewritten)");
            }

            var recomputed = ComputeHash(record);
            if (!string.Equals(recomputed, record.Hash, StringComparison.Ordinal))
            {
                return new AuditChainBreak(record.Sequence, "its content does not match its hash (the record was edited after it was written)");
            }

            expectedPrevious = record.Hash;
            expectedSequence++;
        }

        return null;
    }

    private static void Field(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            builder.Append("-1:\n");
            return;
        }

        builder.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
    }
}
