namespace Ariadne.Synth.Overlap;

/// <summary>
/// One population's habit rates: the chance that a poster of the population has the habit of writing each
/// indicator (a poster with the habit writes it in an ad with <see cref="OverlapProfileOptions.HabitAdChance"/>, one
/// without it with <see cref="OverlapProfileOptions.StrayAdChance"/>).
/// </summary>
public sealed record HabitRates
{
    public double Trust { get; init; }

    public double ObscuredPhone { get; init; }

    public double Youth { get; init; }

    public double Ethnicity { get; init; }

    public double ThirdParty { get; init; }

    public double MultipleProviders { get; init; }

    public double Movement { get; init; }

    public double Screening { get; init; }

    public double Age18To22 { get; init; }

    public double Services { get; init; }

    public double Rates { get; init; }

    /// <summary>The rate of one indicator by its id (<see cref="OverlapIndicators"/>).</summary>
    public double Of(string indicator) => ToArray()[OverlapIndicators.IndexOf(indicator)];

    /// <summary>The rates in <see cref="OverlapIndicators.All"/> order.</summary>
    public double[] ToArray() =>
        [Trust, ObscuredPhone, Youth, Ethnicity, ThirdParty, MultipleProviders, Movement, Screening, Age18To22, Services, Rates];

    /// <summary>Rates with the four neutral indicators at <paramref name="neutral"/>.</summary>
    internal static HabitRates With(double trust, double obscuredPhone, double youth, double ethnicity, double thirdParty, double multipleProviders, double movement, double neutral) => new()
    {
        Trust = trust,
        ObscuredPhone = obscuredPhone,
        Youth = youth,
        Ethnicity = ethnicity,
        ThirdParty = thirdParty,
        MultipleProviders = multipleProviders,
        Movement = movement,
        Screening = neutral,
        Age18To22 = neutral,
        Services = neutral,
        Rates = neutral,
    };
}
