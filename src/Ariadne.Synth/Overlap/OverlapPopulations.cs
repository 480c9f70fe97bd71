namespace Ariadne.Synth.Overlap;

/// <summary>
/// Who posts in the <see cref="SynthProfile.Overlap"/> corpus. Only <see cref="Trafficking"/> is the positive class;
/// its truth label is exactly "trafficking" because that is what the scorer's corpus reader counts as positive.
/// Touring independents are labelled "independent" (their population says "touring"), agencies "agency".
/// </summary>
public static class OverlapPopulations
{
    public const string Trafficking = "trafficking";
    public const string Independent = "independent";
    public const string Agency = "agency";
    public const string Touring = "touring";

    /// <summary>The populations in the profile's order; index 0 is the positive class.</summary>
    public static IReadOnlyList<string> All { get; } = [Trafficking, Independent, Agency, Touring];

    internal const int Count = 4;

    /// <summary>The truth label of a population's ads.</summary>
    public static string LabelOf(string population) => population switch
    {
        Trafficking => "trafficking",
        Agency => "agency",
        Independent or Touring => "independent",
        _ => throw new ArgumentOutOfRangeException(nameof(population), population, "Not a population of the overlap profile."),
    };
}
