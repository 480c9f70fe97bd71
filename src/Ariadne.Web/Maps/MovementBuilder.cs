using Ariadne.Extraction.Locations;

namespace Ariadne.Web.Maps;

/// <summary>
/// Turns posts into a movement: each post is placed with the gazetteer; consecutive posts in one place are one
/// visit; visits in time order are the arrows of the map. A→B→A stays three visits, because a circuit is the
/// pattern an analyst looks for.
/// </summary>
public static class MovementBuilder
{
    public static MovementData Build(IEnumerable<PlacedPost> posts)
    {
        ArgumentNullException.ThrowIfNull(posts);
        var places = new Dictionary<string, (GeoPlace Place, int Posts)>(StringComparer.Ordinal);
        var visits = new List<MapVisit>();
        var unplaced = 0;
        foreach (var post in posts.OrderBy(p => p.PostedAtUtc))
        {
            if (post.PostedAtUtc is not { } at || !CityLocator.TryLocate(post.Location, post.Country, out var place))
            {
                unplaced++;
                continue;
            }

            var key = place.Name + ", " + place.Country;
            places[key] = (place, places.TryGetValue(key, out var known) ? known.Posts + 1 : 1);
            if (visits.Count > 0 && visits[^1].Place == key)
            {
                visits[^1] = visits[^1] with { Last = at, Posts = visits[^1].Posts + 1 };
            }
            else
            {
                visits.Add(new MapVisit(key, at, at, 1));
            }
        }

        var mapPlaces = places.Select(p => new MapPlace(p.Key, p.Value.Place.Name, p.Value.Place.Country, p.Value.Place.Latitude, p.Value.Place.Longitude, p.Value.Posts))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        return new MovementData(mapPlaces, visits, unplaced);
    }
}
