namespace Ariadne.Web.Maps;

/// <summary>One post as the movement builder sees it: where it says it was posted, and when.</summary>
public sealed record PlacedPost(string? Location, string? Country, DateTimeOffset? PostedAtUtc);
