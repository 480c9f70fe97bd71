using Ariadne.Core.Entities;

namespace Ariadne.Store.Scoring;

/// <summary>A document as the scorer sees it: body (empty when only identifiers were loaded), place, time and mentions.</summary>
public sealed record DocumentEntities(string Id, string Body, string? Location, string? Country, DateTimeOffset? PostedUtc, IReadOnlyList<EntityMention> Mentions)
{
    /// <summary>The document's title, loaded with the body (ads put indicator wording there too); null when none or not loaded.</summary>
    public string? Title { get; init; }
}
