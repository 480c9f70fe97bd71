namespace Ariadne.Synth.Overlap;

/// <summary>The habit rates of all four populations (docs/data-formats.md, "Overlap profile", has them as a table).</summary>
public sealed record HabitRateTable
{
    /// <summary>
    /// Setting A. The positive rates lean towards trafficking without separating it: each indicator alone is a weak
    /// signal, agencies share the third-party and several-providers habits, and touring independents move more than
    /// networks say they do.
    /// </summary>
    public static HabitRateTable SettingA { get; } = new()
    {
        Trafficking = HabitRates.With(0.50, 0.55, 0.40, 0.55, 0.35, 0.30, 0.12, 0.40),
        Independent = HabitRates.With(0.15, 0.20, 0.12, 0.25, 0.03, 0.02, 0.15, 0.40),
        Agency = HabitRates.With(0.35, 0.15, 0.20, 0.45, 0.60, 0.70, 0.10, 0.40),
        Touring = HabitRates.With(0.15, 0.20, 0.12, 0.25, 0.03, 0.02, 0.85, 0.40),
    };

    /// <summary>
    /// Setting B: the negatives as in A; each trafficking rate t moved to m + 0.8·(t − m), m being the negatives'
    /// rate averaged with setting A's ad shares (independent 45, agency 13, touring 12), rounded to 0.01.
    /// </summary>
    public static HabitRateTable SettingB { get; } = SettingA with
    {
        Trafficking = HabitRates.With(0.44, 0.48, 0.35, 0.50, 0.31, 0.27, 0.15, 0.40),
    };

    public required HabitRates Trafficking { get; init; }

    public required HabitRates Independent { get; init; }

    public required HabitRates Agency { get; init; }

    public required HabitRates Touring { get; init; }

    /// <summary>The default table of a setting.</summary>
    public static HabitRateTable For(OverlapSetting setting) => setting == OverlapSetting.B ? SettingB : SettingA;

    /// <summary>The rates of one population by its id (<see cref="OverlapPopulations"/>).</summary>
    public HabitRates Of(string population) => population switch
    {
        OverlapPopulations.Trafficking => Trafficking,
        OverlapPopulations.Independent => Independent,
        OverlapPopulations.Agency => Agency,
        OverlapPopulations.Touring => Touring,
        _ => throw new ArgumentOutOfRangeException(nameof(population), population, "Not a population of the overlap profile."),
    };
}
