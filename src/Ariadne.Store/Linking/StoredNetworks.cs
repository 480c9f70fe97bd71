using Ariadne.Core.Networks;

namespace Ariadne.Store.Linking;

/// <summary>Stored networks as an incremental link run reads them: member → network, the edges, and each summary (JSON).</summary>
public sealed record StoredNetworks(
    IReadOnlyDictionary<string, string> NetworkOfMember,
    IReadOnlyList<NetworkEdge> Edges,
    IReadOnlyDictionary<string, string> Summaries);
