namespace Ariadne.Store.Insights;

/// <summary>A document that mentions an entity, with what its entity page and movement map need.</summary>
public sealed record EntityDocument(string Id, string? Title, DateTimeOffset? PostedAtUtc, string? LocationRaw, string? Country);
