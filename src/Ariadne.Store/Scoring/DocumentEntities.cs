using Ariadne.Core.Entities;

namespace Ariadne.Store.Scoring;

/// <summary>A document as the scorer sees it: body (empty when only identifiers were loaded), place, time and mentions.</summary>
public sealed record DocumentEntities(string Id, string Body, string? Location, string? Country, DateTimeOffset? PostedUtc, IReadOnlyList<EntityMention> Mentions);
