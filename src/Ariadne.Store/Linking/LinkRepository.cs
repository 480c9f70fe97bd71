using Ariadne.Core.Entities;
using Ariadne.Core.Networks;
using Ariadne.Store.Analysis;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Linking;

/// <summary>
/// The link stage's storage: text signatures, the inputs of a linking run (sources, photo postings, the stored
/// membership and networks it may change), and writing a run's networks with their members, joining edges and hubs.
/// A run rewrites only the networks whose membership changed, in one transaction. Reading the stored networks for
/// pages and reports is <see cref="NetworkRepository"/>.
/// </summary>
public sealed class LinkRepository(AriadneStore store)
{
    private const int WriteChunk = 2000;

    private static readonly EntityType[] LinkTypes =
        [EntityType.Phone, EntityType.Email, EntityType.Handle, EntityType.Crypto, EntityType.Name, EntityType.Age, EntityType.Location];

    /// <summary>Documents without a text signature, in id order.</summary>
    /// <param name="after">Only documents with an id greater than this (the last id of the previous batch): keyset
    /// paging, so each batch starts where the last one ended instead of skipping every processed document again.</param>
    public async Task<IReadOnlyList<UnsignedDocument>> ListUnsignedAsync(int limit, string? after = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var context = store.CreateDbContext();
        var documents = context.Documents.AsNoTracking().After(after);
        return await documents
            .Where(d => !context.TextSignatures.Any(s => s.DocumentId == d.Id))
            .OrderBy(d => d.Id)
            .Take(limit)
            .Select(d => new UnsignedDocument(d.Id, d.Body))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Stores documents' signatures and template phrases (one row each, in one transaction).</summary>
    public async Task SaveSignaturesAsync(IReadOnlyList<TextSignature> signatures, IReadOnlyList<TextPhrases> phrases, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        ArgumentNullException.ThrowIfNull(phrases);
        await using var context = store.CreateDbContext();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        context.TextSignatures.AddRange(signatures);
        context.TextPhrases.AddRange(phrases);
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>What a full linking run needs of every document (photos: <see cref="LoadPhotoPostingsAsync"/>), in document id order.</summary>
    public async Task<IReadOnlyList<LinkSource>> LoadSourcesAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var documents = await context.Documents.AsNoTracking()
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.PostedAtUtc })
            .ToListAsync(cancellationToken);
        var cities = await context.DocumentPlaces.AsNoTracking().ToDictionaryAsync(p => p.DocumentId, p => p.City, StringComparer.Ordinal, cancellationToken);
        var mentions = (await context.EntityMentions.AsNoTracking()
                .Where(m => LinkTypes.Contains(m.Type))
                .OrderBy(m => m.DocumentId).ThenBy(m => m.Start)
                .Select(m => new { m.DocumentId, m.Type, m.Value })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.DocumentId, m => (m.Type, m.Value), StringComparer.Ordinal);
        var signatures = await context.TextSignatures.AsNoTracking()
            .ToDictionaryAsync(s => s.DocumentId, s => (s.Signature, s.ShingleCount), StringComparer.Ordinal, cancellationToken);
        var phrases = await context.TextPhrases.AsNoTracking().ToDictionaryAsync(p => p.DocumentId, p => p.Phrases, StringComparer.Ordinal, cancellationToken);
        var result = new List<LinkSource>(documents.Count);
        foreach (var d in documents)
        {
            var signature = signatures.TryGetValue(d.Id, out var s) ? s : default;
            result.Add(new LinkSource(d.Id, d.PostedAtUtc, cities.GetValueOrDefault(d.Id), [.. mentions[d.Id]], signature.Signature, signature.ShingleCount) { Phrases = phrases.GetValueOrDefault(d.Id) ?? [] });
        }

        return result;
    }

    /// <summary>How many signed documents are linked, and how many still wait for a link run.</summary>
    public async Task<(long Linked, long Unlinked)> CountLinkStateAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var unlinked = await context.TextSignatures.LongCountAsync(s => !s.Linked, cancellationToken);
        var all = await context.TextSignatures.LongCountAsync(cancellationToken);
        return (all - unlinked, unlinked);
    }

    /// <summary>The documents no link run has placed yet, in id order.</summary>
    public async Task<IReadOnlyList<string>> ListUnlinkedAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.TextSignatures.AsNoTracking().Where(s => !s.Linked).OrderBy(s => s.DocumentId).Select(s => s.DocumentId).ToListAsync(cancellationToken);
    }

    /// <summary>What linking needs of these documents (time, place, mentions, signature), in id order.</summary>
    public async Task<IReadOnlyList<LinkSource>> LoadSourcesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var chunks = documentIds.Order(StringComparer.Ordinal).Chunk(WriteChunk).ToArray();
        var loaded = new List<LinkSource>[chunks.Length];
        // Touched documents are scattered over a large store, so each chunk is mostly page reads: two readers (each
        // with its own connection; SQLite's WAL and PostgreSQL both allow it) overlap them.
        await Parallel.ForEachAsync(Enumerable.Range(0, chunks.Length), new ParallelOptions { MaxDegreeOfParallelism = 2, CancellationToken = cancellationToken },
            async (i, ct) => loaded[i] = await LoadChunkAsync(chunks[i], ct));
        return [.. loaded.SelectMany(l => l)];
    }

    private async Task<List<LinkSource>> LoadChunkAsync(string[] chunk, CancellationToken cancellationToken)
    {
        await using var context = store.CreateDbContext();
        return await store.Backend.LoadLinkSourcesAsync(context, chunk, LinkTypes, cancellationToken);
    }

    /// <summary>Every stored photo hash with the document that shows it.</summary>
    public async Task<IReadOnlyList<(string DocumentId, string Pdq, int Quality)>> LoadPhotoPostingsAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        var rows = await (from i in context.DocumentImages.AsNoTracking()
                          join h in context.ImageHashes.AsNoTracking() on i.Sha256 equals h.BlobSha256
                          where h.Pdq != null
                          orderby i.DocumentId, i.Ordinal
                          select new { i.DocumentId, h.Pdq, h.Quality })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.DocumentId, r.Pdq!, r.Quality))];
    }

    /// <summary>
    /// Reads the signature of every document with at least <paramref name="minShingles"/> shingles once, in storage
    /// order, into one reused buffer (below EF on both engines: at a million rows EF's per-row materialisation is
    /// most of the cost), and hands the caller the id only of signatures it wants.
    /// </summary>
    public async Task<long> ScanSignaturesAsync(int minShingles, SignatureVisitor visit, SignatureKeeper keep, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visit);
        ArgumentNullException.ThrowIfNull(keep);
        await using var context = store.CreateDbContext();
        return await store.Backend.ScanSignaturesAsync(context, minShingles, visit, keep, cancellationToken);
    }

    /// <summary>The network of each of these documents that is in one.</summary>
    public async Task<Dictionary<string, string>> NetworksOfAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        await using var context = store.CreateDbContext();
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in documentIds.Chunk(WriteChunk))
        {
            foreach (var m in await context.NetworkMembers.AsNoTracking().Where(m => chunk.Contains(m.DocumentId)).Select(m => new { m.DocumentId, m.NetworkId }).ToListAsync(cancellationToken))
            {
                result[m.DocumentId] = m.NetworkId;
            }
        }

        return result;
    }

    /// <summary>The members of these networks (document id to network id), without edges or summaries.</summary>
    public async Task<Dictionary<string, string>> MembersOfAsync(IReadOnlyCollection<string> networkIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(networkIds);
        await using var context = store.CreateDbContext();
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in networkIds.Chunk(WriteChunk / 4))
        {
            foreach (var m in await context.NetworkMembers.AsNoTracking().Where(m => chunk.Contains(m.NetworkId)).Select(m => new { m.DocumentId, m.NetworkId }).ToListAsync(cancellationToken))
            {
                members[m.DocumentId] = m.NetworkId;
            }
        }

        return members;
    }

    /// <summary>The members, edges and summaries of these networks.</summary>
    public async Task<StoredNetworks> LoadNetworksAsync(IReadOnlyCollection<string> networkIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(networkIds);
        await using var context = store.CreateDbContext();
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        var edges = new List<NetworkEdge>();
        var summaries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in networkIds.Chunk(WriteChunk / 4))
        {
            foreach (var m in await context.NetworkMembers.AsNoTracking().Where(m => chunk.Contains(m.NetworkId)).Select(m => new { m.DocumentId, m.NetworkId }).ToListAsync(cancellationToken))
            {
                members[m.DocumentId] = m.NetworkId;
            }

            edges.AddRange(await context.NetworkEdges.AsNoTracking().Where(e => chunk.Contains(e.NetworkId)).OrderBy(e => e.Id).ToListAsync(cancellationToken));
            foreach (var n in await context.Networks.AsNoTracking().Where(n => chunk.Contains(n.Id)).Select(n => new { n.Id, n.SummaryJson }).ToListAsync(cancellationToken))
            {
                if (n.SummaryJson is not null)
                {
                    summaries[n.Id] = n.SummaryJson;
                }
            }
        }

        return new StoredNetworks(members, edges, summaries);
    }

    /// <summary>The bodies of these documents (for template building).</summary>
    public async Task<Dictionary<string, string>> LoadBodiesAsync(IReadOnlyList<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var context = store.CreateDbContext();
        foreach (var chunk in documentIds.Chunk(WriteChunk))
        {
            var rows = await context.Documents.AsNoTracking().Where(d => chunk.Contains(d.Id)).Select(d => new { d.Id, d.Body }).ToListAsync(cancellationToken);
            foreach (var row in rows)
            {
                bodies[row.Id] = row.Body;
            }
        }

        return bodies;
    }

    /// <summary>The network of every document that is in one.</summary>
    public async Task<Dictionary<string, string>> LoadMembershipAsync(CancellationToken cancellationToken = default)
    {
        await using var context = store.CreateDbContext();
        return await context.NetworkMembers.AsNoTracking()
            .ToDictionaryAsync(m => m.DocumentId, m => m.NetworkId, StringComparer.Ordinal, cancellationToken);
    }

    /// <summary>Applies one run's changes atomically: a reader sees the old networks or the new ones, never half.</summary>
    /// <param name="phase">Called with a name after each part of the write (for the link stage's phase timings).</param>
    public async Task ApplyAsync(NetworkChanges changes, Action<string>? phase = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        await using var context = store.CreateDbContext();
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var gone = changes.Removed.Concat(changes.Upserts.Select(u => u.Network.Id)).ToList();
        foreach (var chunk in gone.Chunk(WriteChunk))
        {
            // Members and edges go with their network (cascade), but say so explicitly: SQLite needs foreign keys on.
            await context.NetworkEdges.Where(e => chunk.Contains(e.NetworkId)).ExecuteDeleteAsync(cancellationToken);
            await context.NetworkMembers.Where(m => chunk.Contains(m.NetworkId)).ExecuteDeleteAsync(cancellationToken);
            await context.Networks.Where(n => chunk.Contains(n.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        phase?.Invoke("delete");

        foreach (var chunk in changes.Upserts.Chunk(WriteChunk / 10))
        {
            foreach (var (network, members, edges) in chunk)
            {
                context.Networks.Add(network);
                context.NetworkMembers.AddRange(members.Select(m => new NetworkMember { NetworkId = network.Id, DocumentId = m }));
                context.NetworkEdges.AddRange(edges);
            }

            await context.SaveChangesAsync(cancellationToken);
            context.ChangeTracker.Clear();
        }

        phase?.Invoke("new");
        if (changes.Grown is { Count: > 0 } grown)
        {
            await store.Backend.WriteGrownNetworksAsync(context, grown, cancellationToken);
        }

        phase?.Invoke("grown");
        if (changes.ReplaceHubs)
        {
            await context.LinkHubs.ExecuteDeleteAsync(cancellationToken);
        }
        else
        {
            foreach (var hub in changes.UpdatedHubs ?? [])
            {
                await context.LinkHubs.Where(h => h.Kind == hub.Kind && h.Value == hub.Value).ExecuteDeleteAsync(cancellationToken);
            }
        }

        context.LinkHubs.AddRange(changes.Hubs);
        context.LinkHubs.AddRange(changes.UpdatedHubs ?? []);
        await context.SaveChangesAsync(cancellationToken);
        phase?.Invoke("hubs");
        if (changes.Linked is null)
        {
            await context.TextSignatures.Where(s => !s.Linked).ExecuteUpdateAsync(u => u.SetProperty(s => s.Linked, true), cancellationToken);
        }
        else
        {
            foreach (var chunk in changes.Linked.Chunk(WriteChunk))
            {
                await context.TextSignatures.Where(s => chunk.Contains(s.DocumentId)).ExecuteUpdateAsync(u => u.SetProperty(s => s.Linked, true), cancellationToken);
            }
        }

        phase?.Invoke("linked");
        await transaction.CommitAsync(cancellationToken);
        phase?.Invoke("commit");
    }
}
