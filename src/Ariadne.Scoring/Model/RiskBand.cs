namespace Ariadne.Scoring.Model;

/// <summary>
/// The words a risk is shown in, one rule everywhere (offline `score`, the anonymised export): low below 0.2, medium
/// below 0.5, high from 0.5, the web app's "high risk" line.
/// </summary>
public static class RiskBand
{
    public const double High = 0.5;

    public const double Medium = 0.2;

    public static string Of(double probability) => probability switch
    {
        < Medium => "low",
        < High => "medium",
        _ => "high",
    };
}
