namespace Ariadne.Extraction.Locations;

/// <summary>One gazetteer entry: ASCII English display name, ISO country code and population.</summary>
internal readonly record struct City(string Name, string Country, int Population);
