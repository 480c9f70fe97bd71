namespace Ariadne.Core.Networks;

/// <summary>A group of documents linked by shared identifiers, text templates or photos.</summary>
public sealed class Network
{
    /// <summary>Stable id: kept when the network grows.</summary>
    public required string Id { get; init; }

    public string? Label { get; set; }

    public int DocumentCount { get; set; }

    public DateTimeOffset? FirstSeenUtc { get; set; }

    public DateTimeOffset? LastSeenUtc { get; set; }

    public DateTimeOffset UpdatedAtUtc { get; set; }

    /// <summary>
    /// The network's summary as JSON (identifier counts, names, ages, cities, movement, templates, edges by kind;
    /// format in docs/data-formats.md, "Networks in the store"), written whenever the membership changes.
    /// </summary>
    public string? SummaryJson { get; set; }
}
