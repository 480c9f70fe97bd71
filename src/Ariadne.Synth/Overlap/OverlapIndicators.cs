namespace Ariadne.Synth.Overlap;

/// <summary>
/// The indicators of the <see cref="SynthProfile.Overlap"/> corpus, in the fixed order truth.json, the rate table
/// and the Bayes computation use. The last four are neutral: every population has them at the same habit rate, so
/// they carry no information about the label and a model that leans on them is fitting noise.
/// </summary>
public static class OverlapIndicators
{
    public const string Trust = "trust";
    public const string ObscuredPhone = "obscured-phone";
    public const string Youth = "youth";
    public const string Ethnicity = "ethnicity";
    public const string ThirdParty = "third-party";
    public const string MultipleProviders = "multiple-providers";
    public const string Movement = "movement";
    public const string Screening = "screening";
    public const string Age18To22 = "age-18-22";
    public const string Services = "services";
    public const string Rates = "rates";

    /// <summary>Every indicator, in the profile's order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Trust, ObscuredPhone, Youth, Ethnicity, ThirdParty, MultipleProviders, Movement, Screening, Age18To22, Services, Rates];

    /// <summary>The indicators with equal rates in every population.</summary>
    public static IReadOnlyList<string> Neutral { get; } = [Screening, Age18To22, Services, Rates];

    internal const int Count = 11;

    internal const int ObscuredPhoneIndex = 1;

    internal const int Age18To22Index = 8;

    /// <summary>The position of <paramref name="indicator"/> in <see cref="All"/>; throws for an unknown id.</summary>
    public static int IndexOf(string indicator)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i], indicator, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(indicator), indicator, "Not an indicator of the overlap profile.");
    }
}
