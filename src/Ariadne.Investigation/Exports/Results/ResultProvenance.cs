namespace Ariadne.Investigation.Exports.Results;

/// <summary>
/// Where an exported list came from, written into the file itself so a copy that travels on keeps it: what was
/// exported (<paramref name="Subject"/>: "search", "entity phone +17135550171", "network n…"), the query as the page
/// had it, who exported it and when, and which Ariadne produced it.
/// </summary>
public sealed record ResultProvenance(string Subject, string Query, string Account, DateTimeOffset GeneratedAtUtc, string Tool);
