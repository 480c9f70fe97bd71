namespace Ariadne.Extraction.Locations;

/// <summary>One gazetteer entry: ASCII English display name, ISO country code, population and position (degrees).</summary>
internal readonly record struct City(string Name, string Country, int Population, float Latitude, float Longitude);
