namespace Ariadne.Extraction.Locations;

/// <summary>A located city: gazetteer name, ISO country and position in degrees (WGS 84).</summary>
public readonly record struct GeoPlace(string Name, string Country, double Latitude, double Longitude);
