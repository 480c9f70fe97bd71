namespace Ariadne.Store.Watches;

/// <summary>A matching document as a watch's page lists it.</summary>
/// <param name="IsNew">Found after the owner's previous visit.</param>
public sealed record WatchedDocument(string Id, string? Title, string Snippet, DateTimeOffset? PostedAtUtc, string? LocationRaw, DateTimeOffset FoundAtUtc, bool IsNew);
