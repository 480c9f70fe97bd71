namespace Ariadne.Scoring.Networks;

/// <summary>
/// Network-level signals of one document, each the maximum over the identifiers (phones, emails, handles,
/// wallets) it shares with other documents. Zero everywhere means "not linked to anything".
/// </summary>
public readonly record struct NetworkFeatures(
    float AdsPerIdentifier,
    float CitiesPerIdentifier30Days,
    float NamesPerIdentifier,
    float AgesPerIdentifier,
    float SharedIdentifiers)
{
    public const int Count = 5;

    public static readonly string[] Names = ["ads_per_identifier", "cities_per_identifier_30d", "names_per_identifier", "ages_per_identifier", "shared_identifiers"];

    public void CopyTo(Span<float> target)
    {
        target[0] = AdsPerIdentifier;
        target[1] = CitiesPerIdentifier30Days;
        target[2] = NamesPerIdentifier;
        target[3] = AgesPerIdentifier;
        target[4] = SharedIdentifiers;
    }
}
