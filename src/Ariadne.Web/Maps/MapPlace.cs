namespace Ariadne.Web.Maps;

/// <summary>A located city for map.js: key, gazetteer name, country, position and number of posts there.</summary>
public sealed record MapPlace(string Key, string Name, string Country, double Lat, double Lon, int Posts);
