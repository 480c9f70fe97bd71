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
}
