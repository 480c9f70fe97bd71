using Ariadne.Core.Networks;

namespace Ariadne.Store.Linking;

/// <summary>
/// What one linking run changes: networks whose membership changed (written whole: row, members, edges), networks
/// that no longer exist, and the current list of hubs.
/// </summary>
public sealed record NetworkChanges(
    IReadOnlyList<(Network Network, IReadOnlyList<string> Members, IReadOnlyList<NetworkEdge> Edges)> Upserts,
    IReadOnlyList<string> Removed,
    IReadOnlyList<LinkHub> Hubs);
