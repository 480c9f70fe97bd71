namespace Ariadne.Store.Analysis;

/// <summary>Enough of a document to link to it.</summary>
public sealed record DocumentLink(string Id, string? Title, DateTimeOffset? PostedAtUtc);
