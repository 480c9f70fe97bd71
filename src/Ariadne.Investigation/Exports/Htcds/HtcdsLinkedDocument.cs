namespace Ariadne.Investigation.Exports.Htcds;

/// <summary>What the HTCDS mapping may use of one document linked to a case.</summary>
/// <param name="NetworkId">The document's network; documents of one network are one persona. Null: the document is its own persona.</param>
/// <param name="Location">Gazetteer place <c>City, CC</c>, if known.</param>
/// <param name="Country">ISO 3166-1 alpha-2, if known.</param>
/// <param name="StatedAges">Ages stated in the document (unverified claims).</param>
/// <param name="IndicatorCategories">Indicator rule categories that fired (e.g. <c>third-party</c>).</param>
/// <param name="ContactPlatforms">Platforms of the handles it gives (e.g. <c>telegram</c>).</param>
public sealed record HtcdsLinkedDocument(
    string DocumentId,
    string? NetworkId,
    DateTimeOffset? PostedAtUtc,
    string? Location,
    string? Country,
    IReadOnlyList<int> StatedAges,
    IReadOnlyList<string> IndicatorCategories,
    IReadOnlyList<string> ContactPlatforms);
