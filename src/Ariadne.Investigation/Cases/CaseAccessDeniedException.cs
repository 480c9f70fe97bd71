namespace Ariadne.Investigation.Cases;

/// <summary>
/// The actor may not see or change this case. Callers show it as "not found" to people outside the case, so the
/// existence of a case is itself need-to-know.
/// </summary>
public sealed class CaseAccessDeniedException(string caseId, string message) : Exception(message)
{
    public string CaseId { get; } = caseId;
}
