namespace Ariadne.Investigation.Cases;

/// <summary>Who is acting on cases: an account id, its name for records, and whether it is an Admin (who sees every case).</summary>
public sealed record CaseActor(string UserId, string Name, bool IsAdmin);
