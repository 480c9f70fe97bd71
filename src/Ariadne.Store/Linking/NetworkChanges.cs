using Ariadne.Core.Networks;

namespace Ariadne.Store.Linking;

/// <summary>
/// What one linking run changes: networks whose membership changed (written whole: row, members, edges), networks
/// that no longer exist, the hubs, and which documents are now linked.
/// </summary>
/// <param name="ReplaceHubs">True for a full run (its hub list replaces the stored one); false for an incremental run,
/// whose hubs are added to the stored list.</param>
/// <param name="Linked">The documents this run placed, or null when it placed every document in the store.</param>
/// <param name="UpdatedHubs">Stored hubs with new counts: they replace the stored rows for the same kind and value.</param>
/// <param name="Grown">Stored networks that only gained documents (an incremental run): the updated row with only
/// the added members and edges, so a network of thousands of ads that gains one is not rewritten whole.</param>
public sealed record NetworkChanges(
    IReadOnlyList<(Network Network, IReadOnlyList<string> Members, IReadOnlyList<NetworkEdge> Edges)> Upserts,
    IReadOnlyList<string> Removed,
    IReadOnlyList<LinkHub> Hubs,
    bool ReplaceHubs = true,
    IReadOnlyList<string>? Linked = null,
    IReadOnlyList<(Network Network, IReadOnlyList<string> AddedMembers, IReadOnlyList<NetworkEdge> AddedEdges)>? Grown = null,
    IReadOnlyList<LinkHub>? UpdatedHubs = null);
