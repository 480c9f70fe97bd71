using Ariadne.Scoring.Model;

namespace Ariadne.Investigation.Exports.Ctdc;

/// <summary>The non-quasi attributes of the anonymised export, already coarse: risk and network size as bands.</summary>
public static class CtdcBands
{
    /// <summary>The <see cref="RiskBand"/> of the score, unscored without one.</summary>
    public static string Risk(double? probability) => probability is { } p ? RiskBand.Of(p) : "unscored";

    /// <summary>1 (in no network), 2-5, 6-20, 21-100, 101+.</summary>
    public static string NetworkSize(int? documents) => documents switch
    {
        null or <= 1 => "1",
        <= 5 => "2-5",
        <= 20 => "6-20",
        <= 100 => "21-100",
        _ => "101+",
    };
}
