using Ariadne.Scoring.Networks;

namespace Ariadne.Scoring.Evidence;

/// <summary>
/// The facts of one linked network that bear on risk: its size, the phones it used and whether it used them in
/// turn, how many cities it reached within 30 days, its personas and where they appeared, and in how many of its ads
/// each indicator category was written. An ad alone is a network of one.
/// </summary>
public sealed record NetworkEvidence
{
    public static readonly NetworkEvidence Alone = new();

    public int Ads { get; init; } = 1;

    public int Phones { get; init; }

    /// <summary>Phones each carried by two or more of the network's ads: numbers it used, not one-off mentions.</summary>
    public int PhonesInUse { get; init; }

    /// <summary>The most distinct cities among the network's ads within any 30 days.</summary>
    public int Cities30Days { get; init; }

    public int Cities { get; init; }

    public int Personas { get; init; }

    public int Ages { get; init; }

    /// <summary>Personas (names) seen in two or more cities: people moved, not only ads.</summary>
    public int PersonasAcrossCities { get; init; }

    /// <summary>How many of the network's ads carry each indicator category in their own wording.</summary>
    public IReadOnlyDictionary<string, int> CategoryAds { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The older per-identifier features a trained tree model reads, from the network instead of raw identifier groups.</summary>
    public NetworkFeatures ToFeatures() => Ads <= 1 ? default : new NetworkFeatures(Ads, Cities30Days, Personas, Ages, 1);
}
