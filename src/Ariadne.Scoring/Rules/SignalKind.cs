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

    /// <summary>The ad's linked network used several phone numbers one after another.</summary>
    NetworkRotatingPhones,

    /// <summary>
    /// The ad's linked network moved through several cities within 30 days while someone else controls it
    /// (several personas moving together, or third-party wording in its ads). Movement alone is not counted.
    /// </summary>
    NetworkControlledMovement,

    /// <summary>Several personas advertised with the same contact details across more than one city.</summary>
    NetworkPersonas,
}
