namespace Ariadne.Store.Analysis;

/// <summary>What an analysis stage needs of a document it has not yet processed.</summary>
public sealed record PendingDocument(string Id, string? Title, string Body, string? Country, string? LocationRaw);
