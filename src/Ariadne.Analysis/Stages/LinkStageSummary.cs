namespace Ariadne.Analysis.Stages;

/// <summary>What the link stage did: signatures computed, networks now, how many changed or disappeared, hubs refused.</summary>
public sealed record LinkStageSummary(long SignaturesComputed, int Networks, int NetworksChanged, int NetworksRemoved, int Hubs, long DocumentsInNetworks, TimeSpan Elapsed)
{
    public LinkMode Mode { get; init; } = LinkMode.Full;

    /// <summary>How many documents the engine judged: the store for a full run, the new documents and their networks for an incremental one.</summary>
    public int DocumentsJudged { get; init; }

    /// <summary>The networks this run created or changed: their documents' network evidence changed, so scoring reads them again.</summary>
    public IReadOnlyList<string> ChangedNetworkIds { get; init; } = [];

    /// <summary>Wall time per phase ("sign 0.12 s, read 1.03 s, …").</summary>
    public string Phases { get; init; } = string.Empty;
}
