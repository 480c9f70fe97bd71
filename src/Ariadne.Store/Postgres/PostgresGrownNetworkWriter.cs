using Ariadne.Core.Networks;
using Ariadne.Store.Model;

namespace Ariadne.Store.Postgres;

/// <summary>
/// Writes the networks an incremental link run grew through EF, in the caller's open transaction: the updated
/// network row, only the added members and joining edges, saved a chunk of networks at a time.
/// </summary>
internal static class PostgresGrownNetworkWriter
{
    // Networks per SaveChanges, as LinkRepository.ApplyAsync saves new networks: each brings its members and edges.
    private const int NetworksPerSave = 200;

    public static async Task WriteAsync(AriadneDbContext context, IReadOnlyList<(Network Network, IReadOnlyList<string> AddedMembers, IReadOnlyList<NetworkEdge> AddedEdges)> grown, CancellationToken cancellationToken)
    {
        foreach (var chunk in grown.Chunk(NetworksPerSave))
        {
            foreach (var (network, added, edges) in chunk)
            {
                context.Networks.Update(network);
                context.NetworkMembers.AddRange(added.Select(m => new NetworkMember { NetworkId = network.Id, DocumentId = m }));
                context.NetworkEdges.AddRange(edges);
            }

            await context.SaveChangesAsync(cancellationToken);
            context.ChangeTracker.Clear();
        }
    }
}
