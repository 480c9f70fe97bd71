namespace Ariadne.Core.Analysis;

/// <summary>
/// Where a document was posted, as the extract stage decided it once from the document's location field: a
/// gazetteer city ("Houston, US"). Documents whose field names no city have no row. Linking's movement circuit, the
/// maps and exports read this instead of interpreting the raw field again.
/// </summary>
public sealed class DocumentPlace
{
    public required string DocumentId { get; init; }

    /// <summary>The city as the extractor writes it: its gazetteer name, a comma, its ISO country code.</summary>
    public required string City { get; set; }
}
