namespace Ariadne.Pipeline.Analysis;

/// <summary>What the link stage did: signatures computed, networks now, how many changed or disappeared, hubs refused.</summary>
public sealed record LinkStageSummary(long SignaturesComputed, int Networks, int NetworksChanged, int NetworksRemoved, int Hubs, long DocumentsInNetworks, TimeSpan Elapsed);
