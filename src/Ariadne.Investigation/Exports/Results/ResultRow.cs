namespace Ariadne.Investigation.Exports.Results;

/// <summary>One exported document: what the result list shows, with its posting city and its advisory risk.</summary>
public sealed record ResultRow(
    string DocumentId,
    string Kind,
    string? Title,
    DateTimeOffset? PostedAtUtc,
    string? Location,
    string? PostingCity,
    string? Country,
    string? Source,
    double? Risk);
