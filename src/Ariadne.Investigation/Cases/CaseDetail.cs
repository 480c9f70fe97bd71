using Ariadne.Core.Cases;

namespace Ariadne.Investigation.Cases;

/// <summary>Everything a case page shows, with account names resolved for display.</summary>
public sealed record CaseDetail(
    Case Case,
    IReadOnlyList<CaseMember> Members,
    IReadOnlyList<CaseItem> Items,
    IReadOnlyList<CaseNote> Notes,
    IReadOnlyList<CaseTask> Tasks,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyDictionary<string, string> UserNames)
{
    /// <summary>The account's e-mail, or the id when the account no longer exists.</summary>
    public string NameOf(string? userId) =>
        userId is null ? "—" : UserNames.TryGetValue(userId, out var name) ? name : userId;
}
