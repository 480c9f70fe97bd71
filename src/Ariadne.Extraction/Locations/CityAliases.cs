namespace Ariadne.Extraction.Locations;

/// <summary>
/// English exonyms and local spellings GeoNames' main name does not cover. The gazetteer's "name" is often the
/// local form (Sevilla, München); the contract wants the English ASCII name, and ads use local forms and
/// nicknames (Lisboa, CDMX, NYC). Hand-made from general knowledge; cities only, no people.
/// </summary>
internal static class CityAliases
{
    public static readonly (string Alias, string English, string Country)[] All =
    [
        ("Lisboa", "Lisbon", "PT"), ("Sevilla", "Seville", "ES"), ("Seville", "Seville", "ES"),
        ("Ciudad de México", "Mexico City", "MX"), ("Ciudad de Mexico", "Mexico City", "MX"), ("CDMX", "Mexico City", "MX"),
        ("México DF", "Mexico City", "MX"), ("NYC", "New York City", "US"), ("New York", "New York City", "US"),
        ("München", "Munich", "DE"), ("Köln", "Cologne", "DE"), ("Roma", "Rome", "IT"), ("Milano", "Milan", "IT"),
        ("Napoli", "Naples", "IT"), ("Firenze", "Florence", "IT"), ("Venezia", "Venice", "IT"), ("Torino", "Turin", "IT"),
        ("Wien", "Vienna", "AT"), ("Praha", "Prague", "CZ"), ("Warszawa", "Warsaw", "PL"), ("Bruxelles", "Brussels", "BE"),
        ("Brussel", "Brussels", "BE"), ("Genève", "Geneva", "CH"), ("Den Haag", "The Hague", "NL"), ("Moskva", "Moscow", "RU"),
        ("Athína", "Athens", "GR"), ("Bucureşti", "Bucharest", "RO"), ("București", "Bucharest", "RO"), ("Kyiv", "Kyiv", "UA"),
        ("Québec", "Quebec City", "CA"), ("Montréal", "Montreal", "CA"), ("Zaragoza", "Zaragoza", "ES"),
        ("A Coruña", "A Coruna", "ES"), ("Bogotá", "Bogota", "CO"),
    ];

    /// <summary>The English name for a GeoNames main name that is a local form, or null.</summary>
    public static string? EnglishName(string geoNamesName, string country)
    {
        foreach (var (alias, english, cc) in All)
        {
            if (cc == country && string.Equals(alias, geoNamesName, StringComparison.Ordinal))
            {
                return english;
            }
        }

        return null;
    }
}
