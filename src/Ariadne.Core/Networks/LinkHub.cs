namespace Ariadne.Core.Networks;

/// <summary>
/// Evidence the hub guard refused to link on (a support number, a stock photo, agency boilerplate), with the
/// numbers behind the decision, so an analyst can see what was left out and why.
/// </summary>
public sealed class LinkHub
{
    public long Id { get; set; }

    public required string Kind { get; init; }

    public required string Value { get; init; }

    public int Documents { get; init; }

    public int Groups { get; init; }

    public required string Reason { get; init; }

    public DateTimeOffset DetectedAtUtc { get; init; }
}
