using Ariadne.Core.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>
/// Which audit records must carry a signed checkpoint in the database: every <see cref="Interval"/>th record and
/// every export. The case service writes them with the record, in one transaction; the verifier demands them, so
/// deleting checkpoints is itself caught.
/// </summary>
public static class AuditCheckpointPolicy
{
    /// <summary>A signed checkpoint every this many audit records of a case.</summary>
    public const int Interval = 25;

    public static bool IsRequired(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Sequence % Interval == 0 || string.Equals(record.Action, AuditAction.Exported, StringComparison.Ordinal);
    }
}
