namespace Ariadne.Core.Cases;

/// <summary>The actions the audit log records (dotted lower-case words, as stored).</summary>
public static class AuditAction
{
    public const string CaseCreated = "case.created";
    public const string CaseUpdated = "case.updated";
    public const string StatusChanged = "case.status";
    public const string MemberAdded = "member.added";
    public const string MemberRemoved = "member.removed";
    public const string ItemAdded = "item.added";
    public const string ItemRemoved = "item.removed";
    public const string NoteAdded = "note.added";
    public const string TaskAdded = "task.added";
    public const string TaskDone = "task.done";
    public const string EvidenceCaptured = "evidence.captured";
    public const string EvidenceViewed = "evidence.viewed";
    public const string EvidenceWithdrawn = "evidence.withdrawn";
    public const string Exported = "case.exported";
}
