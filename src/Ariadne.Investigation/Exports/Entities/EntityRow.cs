namespace Ariadne.Investigation.Exports.Entities;

/// <summary>One entity of an export scope: how many of the scope's documents mention it and when they were posted.</summary>
public sealed record EntityRow(string Type, string Value, int Documents, DateTimeOffset? FirstSeenUtc, DateTimeOffset? LastSeenUtc);
