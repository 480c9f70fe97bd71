namespace Ariadne.Linking.Networks;

/// <summary>What an analyst sees first about a network: its size, its identifiers, the people advertised, where and when.</summary>
public sealed record NetworkSummary
{
    public int Ads { get; init; }

    public int Phones { get; init; }

    public int Emails { get; init; }

    public int Handles { get; init; }

    public int Wallets { get; init; }

    public int Photos { get; init; }

    public IReadOnlyList<string> Names { get; init; } = [];

    public IReadOnlyList<int> Ages { get; init; } = [];

    public IReadOnlyList<string> Cities { get; init; } = [];

    public DateTimeOffset? FirstSeenUtc { get; init; }

    public DateTimeOffset? LastSeenUtc { get; init; }

    /// <summary>The cities in time order, consecutive ads in one city folded into one stint.</summary>
    public IReadOnlyList<CityStint> Movement { get; init; } = [];

    /// <summary>How many of the network's joining edges each kind of evidence contributed.</summary>
    public IReadOnlyDictionary<string, int> EdgesByKind { get; init; } = new Dictionary<string, int>();

    /// <summary>Network-level indicators (advisory), each with its evidence.</summary>
    public IReadOnlyList<NetworkIndicator> Indicators { get; init; } = [];

    /// <summary>The shared wording of each near-duplicate text family in the network (filled by the caller that has the texts).</summary>
    public IReadOnlyList<Templates.TextTemplate> Templates { get; init; } = [];
}
