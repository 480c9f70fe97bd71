namespace Ariadne.Pipeline.Exports.Ctdc;

/// <summary>The non-quasi attributes of the anonymised export, already coarse: risk and network size as bands.</summary>
public static class CtdcBands
{
    /// <summary>low below 0.2, medium below 0.5, high from 0.5 (the web app's "high risk" line), unscored without a score.</summary>
    public static string Risk(double? probability) => probability switch
    {
        null => "unscored",
        < 0.2 => "low",
        < 0.5 => "medium",
        _ => "high",
    };

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
