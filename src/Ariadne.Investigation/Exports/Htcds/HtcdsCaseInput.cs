namespace Ariadne.Investigation.Exports.Htcds;

/// <summary>A case as the HTCDS mapping sees it; the cases code fills it from its own tables.</summary>
/// <param name="Status">Ariadne's status: open/active, follow-up, closed, referred.</param>
/// <param name="CountryOfExploitation">ISO 3166-1 alpha-2, when the case has one.</param>
public sealed record HtcdsCaseInput(
    string CaseId,
    string Title,
    string Status,
    DateTimeOffset OpenedAtUtc,
    DateTimeOffset? ClosedAtUtc,
    string? Owner,
    string? CountryOfExploitation,
    IReadOnlyList<HtcdsLinkedDocument> Documents,
    int NotesCount);
