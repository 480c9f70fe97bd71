namespace Ariadne.Scoring.Evidence;

/// <summary>
/// What the evidence model needs to know of one ad to judge the network the linker put it in: when and where it
/// was posted, its phones and persona names, and which indicator categories its own wording carries.
/// </summary>
/// <param name="NetworkId">The linker's network, or null when the ad stands alone (hubs and boilerplate never join ads).</param>
public sealed record NetworkMember(
    string DocumentId,
    string? NetworkId,
    DateTimeOffset? PostedUtc,
    string? Place,
    IReadOnlyList<string> Phones,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Ages,
    IReadOnlySet<string> Categories);
