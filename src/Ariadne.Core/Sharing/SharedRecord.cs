namespace Ariadne.Core.Sharing;

/// <summary>One output row of the anonymised export: quasi-identifiers at their chosen levels, then the other attributes.</summary>
public sealed record SharedRecord(
    string AgeBand,
    string Location,
    string Posted,
    string Kind,
    string RiskBand,
    string IndicatorCategories,
    string NetworkSizeBand)
{
    /// <summary>Column names, in the order of the record's properties.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["age_band", "location", "posted", "kind", "risk_band", "indicator_categories", "network_size_band"];

    /// <summary>The quasi-identifier combination: the key of the record's equivalence class.</summary>
    public (string AgeBand, string Location, string Posted, string Kind) QuasiKey => (AgeBand, Location, Posted, Kind);

    /// <summary>The values in <see cref="Columns"/> order.</summary>
    public IReadOnlyList<string> Values => [AgeBand, Location, Posted, Kind, RiskBand, IndicatorCategories, NetworkSizeBand];
}
