namespace Ariadne.Investigation.Cases;

/// <summary>
/// Where an actor stands towards one case. <see cref="None"/> covers both "no such case" and "not yours": under
/// need-to-know an outsider must not learn that a case exists, so callers get one answer for both.
/// </summary>
public enum CaseStanding
{
    None,
    Member,
    Owner,
    Admin,
}
