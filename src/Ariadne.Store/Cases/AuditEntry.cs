namespace Ariadne.Store.Cases;

/// <summary>What one audited action writes to the log (the chain position and hashes are filled in on append).</summary>
public sealed record AuditEntry(string CaseId, string? UserId, string Action, string? Subject, string? Details);
