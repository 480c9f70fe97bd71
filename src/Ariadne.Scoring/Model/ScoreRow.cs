namespace Ariadne.Scoring.Model;

/// <summary>ML.NET output row: the boosted trees' raw margin (calibrated by our own Platt step).</summary>
internal sealed class ScoreRow
{
    public float Score { get; set; }
}
