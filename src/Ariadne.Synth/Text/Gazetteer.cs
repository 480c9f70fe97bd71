using Ariadne.Synth.Model;

namespace Ariadne.Synth.Text;

/// <summary>
/// Real city names (public geography, no people) grouped into travel regions. Area codes are the cities' real
/// NANP codes: combined with the fictional 555-01XX block they stay valid-looking but unassigned.
/// </summary>
internal static class Gazetteer
{
    public static readonly City[] Cities =
    [
        new("Houston", "US", "na", "Houston", "Houston, TX", [713, 281, 832]),
        new("Dallas", "US", "na", "Dallas", "Dallas, TX", [214, 469, 972]),
        new("Atlanta", "US", "na", "Atlanta", "Atlanta, GA", [404, 678, 770]),
        new("Las Vegas", "US", "na", "Las Vegas", "Las Vegas, NV", [702, 725]),
        new("Miami", "US", "na", "Miami", "Miami, FL", [305, 786]),
        new("Toronto", "CA", "na", "Toronto", "Toronto, ON", [416, 647, 437]),
        new("Vancouver", "CA", "na", "Vancouver", "Vancouver, BC", [604, 778, 236]),
        new("Montreal", "CA", "fr", "Montréal", "Montréal, QC", [514, 438]),
        new("London", "GB", "uk", "London", "London", []),
        new("Manchester", "GB", "uk", "Manchester", "Manchester", []),
        new("Birmingham", "GB", "uk", "Birmingham", "Birmingham", []),
        new("Leeds", "GB", "uk", "Leeds", "Leeds", []),
        new("Sydney", "AU", "au", "Sydney", "Sydney NSW", []),
        new("Melbourne", "AU", "au", "Melbourne", "Melbourne VIC", []),
        new("Brisbane", "AU", "au", "Brisbane", "Brisbane QLD", []),
        new("Perth", "AU", "au", "Perth", "Perth WA", []),
        new("Madrid", "ES", "es", "Madrid", "Madrid", []),
        new("Barcelona", "ES", "es", "Barcelona", "Barcelona", []),
        new("Valencia", "ES", "es", "Valencia", "Valencia", []),
        new("Seville", "ES", "es", "Sevilla", "Sevilla", []),
        new("Paris", "FR", "fr", "Paris", "Paris", []),
        new("Lyon", "FR", "fr", "Lyon", "Lyon", []),
        new("Marseille", "FR", "fr", "Marseille", "Marseille", []),
        new("Nice", "FR", "fr", "Nice", "Nice", []),
        new("Lisbon", "PT", "pt", "Lisboa", "Lisboa", []),
        new("Porto", "PT", "pt", "Porto", "Porto", []),
        new("Faro", "PT", "pt", "Faro", "Faro", []),
        new("Mexico City", "MX", "mx", "Ciudad de México", "CDMX", []),
        new("Guadalajara", "MX", "mx", "Guadalajara", "Guadalajara", []),
        new("Monterrey", "MX", "mx", "Monterrey", "Monterrey", []),
        new("Cancun", "MX", "mx", "Cancún", "Cancún", []),
    ];

    public static readonly string[] NetworkRegions = ["na", "na", "na", "mx", "es", "fr", "pt", "uk", "au"];

    public static City[] InRegion(string region) => [.. Cities.Where(c => c.Region == region || (region == "pt" && c.Country == "ES") || (region == "mx" && c.Name is "Houston" or "Miami"))];

    /// <summary>The language ads in <paramref name="city"/> are written in (Montreal mixes French and English).</summary>
    public static Lang LanguageOf(City city, SynthRandom rng) => city.Country switch
    {
        "ES" or "MX" => Lang.Es,
        "FR" => Lang.Fr,
        "PT" => Lang.Pt,
        "CA" when city.Name == "Montreal" => rng.Chance(0.6) ? Lang.Fr : Lang.En,
        _ => Lang.En,
    };

    public static Lang LanguageOfRegion(string region) => region switch
    {
        "mx" or "es" => Lang.Es,
        "fr" => Lang.Fr,
        "pt" => Lang.Pt,
        _ => Lang.En,
    };
}
