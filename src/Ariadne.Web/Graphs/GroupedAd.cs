namespace Ariadne.Web.Graphs;

/// <summary>An ad as the aggregated graph groups it: by its stored posting city ("Houston, US") or its month.</summary>
public sealed record GroupedAd(string Id, DateTimeOffset? PostedAtUtc, string? City);
