namespace Ariadne.Scoring.Model;

/// <summary>How <see cref="EvidenceModel"/> pools a network's wording and maps log-odds to a probability.</summary>
public sealed record EvidenceOptions
{
    /// <summary>
    /// A category written in at least this share of a network's ads counts for every ad of it: a poster's wording
    /// habit shows across its ads, and linking is what lets one ad borrow the evidence of the others.
    /// </summary>
    public double HabitShare { get; init; } = 0.25;

    /// <summary>Platt scale: probability = σ(Scale · evidence + Intercept).</summary>
    public double Scale { get; init; } = 1.0;

    /// <summary>Log-odds of an ad with no evidence at all (the base rate the calibration saw).</summary>
    public double Intercept { get; init; } = -2.0;

    /// <summary>Where <see cref="Scale"/> and <see cref="Intercept"/> came from, stored with the model id.</summary>
    public string Calibration { get; init; } = "uncalibrated";
}
