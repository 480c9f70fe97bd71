namespace Ariadne.Core.Sharing;

/// <summary>
/// What the anonymised export may know of one document before generalisation. Direct identifiers (ids, phones,
/// e-mails, handles, wallets, names, URLs, text, titles, authors, exact dates) never enter this type, so they
/// cannot leak from it.
/// </summary>
/// <param name="StatedAge">The youngest age stated in the document, if any.</param>
/// <param name="City">Gazetteer form <c>City, CC</c> of the first place named, if any.</param>
/// <param name="Country">ISO 3166-1 alpha-2 country, upper case, if known.</param>
/// <param name="PostedAtUtc">Used only for its year and month.</param>
/// <param name="Kind">ad, post, chat or tip.</param>
/// <param name="RiskBand">low, medium, high or unscored (not a quasi-identifier).</param>
/// <param name="IndicatorCategories">Indicator categories present, sorted, ';'-separated (not a quasi-identifier).</param>
/// <param name="NetworkSizeBand">Size band of the document's network (not a quasi-identifier).</param>
public sealed record SharingRecord(
    int? StatedAge,
    string? City,
    string? Country,
    DateTimeOffset? PostedAtUtc,
    string Kind,
    string RiskBand,
    string IndicatorCategories,
    string NetworkSizeBand);
