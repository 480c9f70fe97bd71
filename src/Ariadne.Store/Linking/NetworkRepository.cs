using Ariadne.Core.Networks;
using Ariadne.Store.Model;
using Ariadne.Store.Search;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Linking;

/// <summary>
/// Reads of the stored networks for the pages, the API, case reports and exports (and the link stage's counts):
/// lists with keyset paging, risk, one network with its members and edges, a document's network, and the hubs.
/// The link stage's inputs and writes are <see cref="LinkRepository"/>.
/// </summary>
public sealed class NetworkRepository(AriadneStore store)
{
    /// <summary>Networks, largest first (then by id), with keyset paging on (size, id).</summary>
    public async Task<IReadOnlyList<Network>> ListNetworksAsync(int limit, (int Size, string Id)? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = store.CreateDbContext();
        var query = context.Networks.AsNoTracking();
        if (after is { } a)
        {
            // EF translates string.Compare to SQL's own comparison; ids are "n" + lower-case hex, which sorts the same
            // under every collation, so ordinal and SQL order agree.
#pragma warning disable CA1309
            query = query.Where(n => n.DocumentCount < a.Size || (n.DocumentCount == a.Size && string.Compare(n.Id, a.Id) > 0));
#pragma warning restore CA1309
        }

        return await query.OrderByDescending(n => n.DocumentCount).ThenBy(n => n.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Networks with at least one member scored at <paramref name="minMemberRisk"/> or more, largest first, with the
    /// same (size, id) keyset as <see cref="ListNetworksAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<Network>> ListRiskyNetworksAsync(double minMemberRisk, int limit, (int Size, string Id)? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = store.CreateDbContext();
        var query = Risky(context, minMemberRisk);
        if (after is { } a)
        {
#pragma warning disable CA1309 // see ListNetworksAsync: ids sort the same under every collation
            query = query.Where(n => n.DocumentCount < a.Size || (n.DocumentCount == a.Size && string.Compare(n.Id, a.Id) > 0));
#pragma warning restore CA1309
        }

        return await query.OrderByDescending(n => n.DocumentCount).ThenBy(n => n.Id).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>How many networks have a member scored at <paramref name="minMemberRisk"/> or more.</summary>
    public async Task<long> CountRiskyNetworksAsync(double minMemberRisk, CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await Risky(context, minMemberRisk).LongCountAsync(cancellationToken);
    }

    /// <summary>The highest member risk of each of these networks; networks without a scored member are absent.</summary>
    public async Task<Dictionary<string, double>> MaxMemberRiskAsync(IReadOnlyCollection<string> networkIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(networkIds);
        await using var context = store.CreateDbContext();
        var rows = await (from m in context.NetworkMembers.AsNoTracking()
                          join s in context.RiskScores.AsNoTracking() on m.DocumentId equals s.DocumentId
                          where networkIds.Contains(m.NetworkId)
                          group s.Probability by m.NetworkId into g
                          select new { NetworkId = g.Key, Max = g.Max() })
            .ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.NetworkId, r => r.Max, StringComparer.Ordinal);
    }

    /// <summary>
    /// For each of these networks, how many joining edges each shared identifier (phone, e-mail, handle, wallet)
    /// contributed: what names a network readably. One grouped query over the page's networks (the edges are
    /// indexed by network), never one per row.
    /// </summary>
    public async Task<IReadOnlyList<(string NetworkId, string Kind, string Value, int Edges)>> CountIdentifierEdgesAsync(IReadOnlyCollection<string> networkIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(networkIds);
        if (networkIds.Count == 0)
        {
            return [];
        }

        string[] kinds = ["phone", "email", "handle", "wallet"];
        await using var context = store.CreateDbContext();
        var rows = await context.NetworkEdges.AsNoTracking()
            .Where(e => networkIds.Contains(e.NetworkId) && kinds.Contains(e.Kind))
            .GroupBy(e => new { e.NetworkId, e.Kind, e.Evidence })
            .Select(g => new { g.Key.NetworkId, g.Key.Kind, g.Key.Evidence, Edges = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.NetworkId, r.Kind, r.Evidence, r.Edges))];
    }

    /// <summary>
    /// The PDQ hash of each stored photo of a network's members, by document and image ordinal: what the evidence
    /// table needs to show, for a photo edge, the very photos of the two ads that fell in its PDQ group.
    /// </summary>
    public async Task<IReadOnlyList<(string DocumentId, int Ordinal, string Pdq)>> ListMemberPhotoHashesAsync(string networkId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(networkId);
        await using var context = store.CreateDbContext();
        var rows = await (from m in context.NetworkMembers.AsNoTracking()
                          join i in context.DocumentImages.AsNoTracking() on m.DocumentId equals i.DocumentId
                          join h in context.ImageHashes.AsNoTracking() on i.Sha256 equals h.BlobSha256
                          where m.NetworkId == networkId && h.Pdq != null
                          orderby i.DocumentId, i.Ordinal
                          select new { i.DocumentId, i.Ordinal, h.Pdq })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.DocumentId, r.Ordinal, r.Pdq!))];
    }

    private static IQueryable<Network> Risky(AriadneDbContext context, double minMemberRisk) =>
        context.Networks.AsNoTracking().Where(n => context.NetworkMembers
            .Where(m => m.NetworkId == n.Id)
            .Join(context.RiskScores, m => m.DocumentId, s => s.DocumentId, (m, s) => s.Probability)
            .Any(p => p >= minMemberRisk));

    /// <summary>How many documents are in a network.</summary>
    public async Task<long> CountNetworkMembersAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.NetworkMembers.LongCountAsync(cancellationToken);
    }

    public async Task<long> CountNetworksAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.Networks.LongCountAsync(cancellationToken);
    }

    public async Task<NetworkDetail?> GetNetworkAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await using var context = store.CreateDbContext();
        var network = await context.Networks.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id, cancellationToken);
        if (network is null)
        {
            return null;
        }

        var members = await (from m in context.NetworkMembers.AsNoTracking()
                             join d in context.Documents.AsNoTracking() on m.DocumentId equals d.Id
                             where m.NetworkId == id
                             select new DocumentSummary(d.Id, d.Kind, d.Title,
                                 d.Body.Length > DocumentSummary.MaxSnippetLength ? d.Body.Substring(0, DocumentSummary.MaxSnippetLength) : d.Body,
                                 d.PostedAtUtc, d.LocationRaw, d.Country, d.Source))
            .ToListAsync(cancellationToken);
        members.Sort((x, y) => Nullable.Compare(y.PostedAtUtc, x.PostedAtUtc) is var c && c != 0 ? c : string.CompareOrdinal(x.Id, y.Id));
        var edges = await context.NetworkEdges.AsNoTracking().Where(e => e.NetworkId == id).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return new NetworkDetail(network, members, edges);
    }

    /// <summary>The network a document belongs to, if any.</summary>
    public async Task<string?> NetworkOfDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(documentId);
        await using var context = store.CreateDbContext();
        return await context.NetworkMembers.AsNoTracking().Where(m => m.DocumentId == documentId).Select(m => m.NetworkId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A network's number of ads without loading its members, or null when it does not exist.</summary>
    public async Task<int?> GetNetworkSizeAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        await using var context = store.CreateDbContext();
        return await context.Networks.AsNoTracking().Where(n => n.Id == id).Select(n => (int?)n.DocumentCount).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<LinkHub>> ListHubsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.LinkHubs.AsNoTracking().OrderByDescending(h => h.Documents).ThenBy(h => h.Id).ToListAsync(cancellationToken);
    }
}
