using Ariadne.Extraction.Text;

namespace Ariadne.Extraction.Locations;

/// <summary>
/// Places a free-text location ("Houston, TX", "Melbourne VIC", "Montreal, CA") on the map with the gazetteer,
/// for the web app's movement maps. Prefers a place in the given country; otherwise the most populous of the name.
/// </summary>
public static class CityLocator
{
    public static bool TryLocate(string? location, string? country, out GeoPlace place)
    {
        place = default;
        if (string.IsNullOrWhiteSpace(location))
        {
            return false;
        }

        // Try the part before a comma, then drop trailing words ("Melbourne VIC" → "Melbourne").
        var name = location.Split(',')[0].Trim();
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = words.Length; take > 0; take--)
        {
            var cities = Gazetteer.Instance.Find(TextFold.Fold(TextFold.ToAscii(string.Join(' ', words, 0, take))));
            if (cities.IsEmpty)
            {
                continue;
            }

            var best = cities[0];
            foreach (var city in cities)
            {
                if (string.Equals(city.Country, country, StringComparison.OrdinalIgnoreCase))
                {
                    best = city;
                    break;
                }
            }

            place = new GeoPlace(best.Name, best.Country, best.Latitude, best.Longitude);
            return true;
        }

        return false;
    }
}
