using Ariadne.Synth.Overlap;

namespace Ariadne.Synth;

/// <summary>
/// The knobs of the <see cref="SynthProfile.Overlap"/> corpus (docs/data-formats.md, "Overlap profile"). The shares,
/// the habit chance and the rate table default to the values of <see cref="Setting"/>; setting one of them explicitly
/// overrides the setting's value whatever the order of the initialisers. Shares are of ads unless the name says
/// otherwise.
/// </summary>
public sealed record OverlapProfileOptions() : TemplateTextOptions(sentenceDropChance: 0.20, sentenceSwapChance: 0.25)
{
    private readonly double? _independentAdShare;
    private readonly double? _agencyAdShare;
    private readonly double? _habitAdChance;
    private readonly HabitRateTable? _rates;

    public OverlapSetting Setting { get; init; } = OverlapSetting.A;

    /// <summary>Share of all ads posted by trafficking networks (the positive class).</summary>
    public double TraffickingAdShare { get; init; } = 0.30;

    /// <summary>Share of all ads posted by independent workers who stay home: 0.45 in setting A, 0.38 in B.</summary>
    public double IndependentAdShare
    {
        get => _independentAdShare ?? (Setting == OverlapSetting.B ? 0.38 : 0.45);
        init => _independentAdShare = value;
    }

    /// <summary>Share of all ads posted by agencies: 0.13 in setting A, 0.20 in B.</summary>
    public double AgencyAdShare
    {
        get => _agencyAdShare ?? (Setting == OverlapSetting.B ? 0.20 : 0.13);
        init => _agencyAdShare = value;
    }

    /// <summary>Share of all ads posted by touring independents.</summary>
    public double TouringAdShare { get; init; } = 0.12;

    /// <summary>q: the chance that an ad of a poster with a habit carries the indicator (0.75 in A, 0.65 in B).</summary>
    public double HabitAdChance
    {
        get => _habitAdChance ?? (Setting == OverlapSetting.B ? 0.65 : 0.75);
        init => _habitAdChance = value;
    }

    /// <summary>r: the chance that an ad of a poster without the habit carries the indicator all the same.</summary>
    public double StrayAdChance { get; init; } = 0.04;

    /// <summary>The class-conditional habit rates; <see cref="HabitRateTable.For"/> the setting unless given.</summary>
    public HabitRateTable Rates
    {
        get => _rates ?? HabitRateTable.For(Setting);
        init => _rates = value;
    }

    /// <summary>Chance that one of an ad's indicator phrases goes in its title instead of its text.</summary>
    public double TitleShare { get; init; } = 0.2;

    public int TraffickingMinAds { get; init; } = 5;

    public int TraffickingMaxAds { get; init; } = 40;

    /// <summary>Mean network size; sizes are skewed towards the small end so the mean lands here.</summary>
    public double TraffickingMeanAds { get; init; } = 14;

    public int AgencyMinAds { get; init; } = 10;

    public int AgencyMaxAds { get; init; } = 40;

    public double AgencyMeanAds { get; init; } = 20;

    public int IndependentMinAds { get; init; } = 1;

    public int IndependentMaxAds { get; init; } = 12;

    public double IndependentMeanAds { get; init; } = 3;

    public int TouringMinAds { get; init; } = 3;

    public int TouringMaxAds { get; init; } = 15;

    public double TouringMeanAds { get; init; } = 6;

    public int TraffickingMinPersons { get; init; } = 1;

    public int TraffickingMaxPersons { get; init; } = 4;

    public int AgencyMinPersons { get; init; } = 3;

    public int AgencyMaxPersons { get; init; } = 8;

    /// <summary>Share of trafficking networks that keep one phone for their whole life.</summary>
    public double TraffickingSinglePhoneShare { get; init; } = 0.35;

    /// <summary>Most phones a network uses in turn (its eras).</summary>
    public int MaxPhoneEras { get; init; } = 4;

    /// <summary>Share of the ads near a phone change (a quarter of an era on each side) that print both numbers.</summary>
    public double HandoverShare { get; init; } = 0.15;

    /// <summary>Fewest cities on a trafficking circuit, except for the <see cref="TraffickingTwoCityShare"/>.</summary>
    public int TraffickingMinCities { get; init; } = 3;

    public int TraffickingMaxCities { get; init; } = 6;

    /// <summary>Share of trafficking networks that shuttle between two cities only.</summary>
    public double TraffickingTwoCityShare { get; init; } = 0.15;

    /// <summary>Share of trafficking networks that go round their circuit a second time.</summary>
    public double TraffickingSecondLapShare { get; init; } = 0.30;

    /// <summary>Shortest stay in one city, in days, of a network or a touring independent.</summary>
    public int MinStintDays { get; init; } = 3;

    public int MaxStintDays { get; init; } = 8;

    /// <summary>Share of home-staying independents who change their phone once.</summary>
    public double IndependentPhoneChangeShare { get; init; } = 0.15;

    /// <summary>Share of home-staying independents (with 3 or more ads) who spend a stretch in a second city.</summary>
    public double IndependentVisitShare { get; init; } = 0.10;

    public int TouringMinCities { get; init; } = 3;

    public int TouringMaxCities { get; init; } = 6;

    /// <summary>Share of trafficking networks that post under an agency-like brand line, as every agency does.</summary>
    public double TraffickingBrandShare { get; init; } = 0.20;

    /// <summary>Share of posters (any population) with a social handle, printed in some of their ads.</summary>
    public double HandleShare { get; init; } = 0.30;

    /// <summary>Chance that an ad without a stated young age states the poster's adult age (23–45), for posters
    /// without the age habit (those with it leave the age out of the other ads).</summary>
    public double AdultAgeChance { get; init; } = 0.5;

    /// <summary>Throws when an option is outside the range the generator can honour.</summary>
    public void Validate()
    {
        ValidateTemplateText();
        Share(TraffickingAdShare, nameof(TraffickingAdShare));
        Share(IndependentAdShare, nameof(IndependentAdShare));
        Share(AgencyAdShare, nameof(AgencyAdShare));
        Share(TouringAdShare, nameof(TouringAdShare));
        if (Math.Abs(TraffickingAdShare + IndependentAdShare + AgencyAdShare + TouringAdShare - 1) > 1e-9)
        {
            throw new ArgumentOutOfRangeException(nameof(IndependentAdShare), "The four ad shares must add up to 1.");
        }

        Open(HabitAdChance, nameof(HabitAdChance));
        Open(StrayAdChance, nameof(StrayAdChance));
        ArgumentNullException.ThrowIfNull(Rates, nameof(Rates));
        foreach (var population in OverlapPopulations.All)
        {
            var rates = Rates.Of(population) ?? throw new ArgumentNullException(nameof(Rates), "The rate table lacks " + population + ".");
            foreach (var rate in rates.ToArray())
            {
                Share(rate, nameof(Rates));
            }
        }

        Share(TitleShare, nameof(TitleShare));
        Sizes(TraffickingMinAds, TraffickingMaxAds, TraffickingMeanAds, nameof(TraffickingMeanAds));
        Sizes(AgencyMinAds, AgencyMaxAds, AgencyMeanAds, nameof(AgencyMeanAds));
        Sizes(IndependentMinAds, IndependentMaxAds, IndependentMeanAds, nameof(IndependentMeanAds));
        Sizes(TouringMinAds, TouringMaxAds, TouringMeanAds, nameof(TouringMeanAds));
        ArgumentOutOfRangeException.ThrowIfLessThan(TraffickingMinPersons, 1, nameof(TraffickingMinPersons));
        ArgumentOutOfRangeException.ThrowIfLessThan(TraffickingMaxPersons, TraffickingMinPersons, nameof(TraffickingMaxPersons));
        ArgumentOutOfRangeException.ThrowIfLessThan(AgencyMinPersons, 1, nameof(AgencyMinPersons));
        ArgumentOutOfRangeException.ThrowIfLessThan(AgencyMaxPersons, AgencyMinPersons, nameof(AgencyMaxPersons));
        Share(TraffickingSinglePhoneShare, nameof(TraffickingSinglePhoneShare));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxPhoneEras, 1, nameof(MaxPhoneEras));
        Share(HandoverShare, nameof(HandoverShare));
        ArgumentOutOfRangeException.ThrowIfLessThan(TraffickingMinCities, 1, nameof(TraffickingMinCities));
        ArgumentOutOfRangeException.ThrowIfLessThan(TraffickingMaxCities, TraffickingMinCities, nameof(TraffickingMaxCities));
        Share(TraffickingTwoCityShare, nameof(TraffickingTwoCityShare));
        Share(TraffickingSecondLapShare, nameof(TraffickingSecondLapShare));
        ArgumentOutOfRangeException.ThrowIfLessThan(MinStintDays, 1, nameof(MinStintDays));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxStintDays, MinStintDays, nameof(MaxStintDays));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaxStintDays, 30, nameof(MaxStintDays));
        Share(IndependentPhoneChangeShare, nameof(IndependentPhoneChangeShare));
        Share(IndependentVisitShare, nameof(IndependentVisitShare));
        ArgumentOutOfRangeException.ThrowIfLessThan(TouringMinCities, 1, nameof(TouringMinCities));
        ArgumentOutOfRangeException.ThrowIfLessThan(TouringMaxCities, TouringMinCities, nameof(TouringMaxCities));
        Share(TraffickingBrandShare, nameof(TraffickingBrandShare));
        Share(HandleShare, nameof(HandleShare));
        Share(AdultAgeChance, nameof(AdultAgeChance));
    }

    // q and r must stay strictly inside (0, 1): the Bayes log-odds take the log of both and of their complements.
    private static void Open(double value, string name)
    {
        if (!(value > 0 && value < 1))
        {
            throw new ArgumentOutOfRangeException(name, value, "A chance the Bayes score takes the log of must be strictly between 0 and 1.");
        }
    }

    private static void Sizes(int min, int max, double mean, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(min, 1, name);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min, name);
        if (!(mean >= min && mean < ((min + max) / 2.0) + 0.5))
        {
            throw new ArgumentOutOfRangeException(name, mean, "The mean size must lie between the minimum and the middle of the size range.");
        }
    }
}
