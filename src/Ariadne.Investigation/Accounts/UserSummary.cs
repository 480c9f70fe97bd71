namespace Ariadne.Investigation.Accounts;

/// <summary>One account as listed by <c>ariadne user list</c> and the users page.</summary>
public sealed record UserSummary(string Email, IReadOnlyList<string> Roles, bool LockedOut);
