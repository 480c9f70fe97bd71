using Ariadne.Core.Entities;
using Ariadne.Extraction;

namespace Ariadne.Analysis.Stages;

/// <summary>
/// Where a document was posted, decided in one place: the first city the extractor finds in the document's
/// location field ("Houston, TX" → "Houston, US"). The extract stage stores it; linking (its movement circuit), the
/// offline linker and the maps read that decision instead of making their own from the raw field.
/// </summary>
public static class PostingCity
{
    public static string? Of(EntityExtractor extractor, string? location, string? country)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return string.IsNullOrWhiteSpace(location)
            ? null
            : extractor.Extract(location, country).FirstOrDefault(e => e.Type == EntityType.Location).Value;
    }
}
