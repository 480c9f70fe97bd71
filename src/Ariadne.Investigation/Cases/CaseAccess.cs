namespace Ariadne.Investigation.Cases;

/// <summary>
/// What an actor may do with one case, answered as a value so pages and endpoints branch on it instead of catching
/// the service's exceptions (which stay as a safety net behind every change). Who may change cases at all (a Viewer
/// only reads) is a role, checked by the web's policy, not by the case.
/// </summary>
public sealed record CaseAccess(string CaseId, CaseStanding Standing)
{
    /// <summary>Whether the case is open to the actor; when false, callers answer "not found".</summary>
    public bool MaySee => Standing != CaseStanding.None;

    /// <summary>Items, notes, tasks, evidence and status: any member may work in a case.</summary>
    public bool MayWork => MaySee;

    /// <summary>Who is in a case is decided by its owner or an Admin.</summary>
    public bool MayManageMembers => Standing is CaseStanding.Owner or CaseStanding.Admin;

    /// <summary>Withdrawing evidence deletes bytes, so only an Admin may do it.</summary>
    public bool MayWithdrawEvidence => Standing == CaseStanding.Admin;
}
