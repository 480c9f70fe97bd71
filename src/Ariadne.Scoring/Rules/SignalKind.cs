namespace Ariadne.Scoring.Rules;

/// <summary>Indicators that come from extracted entities rather than wording.</summary>
public enum SignalKind
{
    /// <summary>A phone number written to evade search (the extractor's obfuscated flag).</summary>
    ObfuscatedPhone,

    /// <summary>A stated age under 18.</summary>
    StatedAgeUnder18,

    /// <summary>An advertised price under half the median of the same city.</summary>
    PriceFarBelowMedian,
}
