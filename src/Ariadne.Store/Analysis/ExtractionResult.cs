using Ariadne.Core.Entities;

namespace Ariadne.Store.Analysis;

/// <summary>All entity mentions found in one document's body (possibly none), and the city it was posted in when its location field names one.</summary>
public sealed record ExtractionResult(string DocumentId, IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>Stored in <c>document_places</c>: the one decision of where the document was posted.</summary>
    public string? PostingCity { get; init; }
}
