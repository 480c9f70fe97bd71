using Ariadne.Core.Entities;
using Ariadne.Extraction;
using Ariadne.Extraction.Locations;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// Where a document was posted, decided in one place: the first city the extractor finds in the document's
/// location field ("Houston, TX" → "Houston, US"), else the city the gazetteer places the field at. The extract
/// stage stores it; linking (its movement circuit and shared-city test), the offline linker and the maps read that
/// decision instead of making their own from the raw field.
/// </summary>
public static class PostingCity
{
    public static string? Of(EntityExtractor extractor, string? location, string? country)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        if (string.IsNullOrWhiteSpace(location))
        {
            return null;
        }

        // In free text the extractor leaves out city names that are also words or first names ("Nice", "Paris",
        // "Faro"); a location field says it names a place, so the gazetteer's reading of the field stands in then.
        return extractor.Extract(location, country).FirstOrDefault(e => e.Type == EntityType.Location).Value
            ?? (CityLocator.TryLocate(location, country, out var place) ? place.Name + ", " + place.Country : null);
    }
}
