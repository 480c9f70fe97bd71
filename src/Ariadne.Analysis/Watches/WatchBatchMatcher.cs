using Ariadne.Store;
using Ariadne.Store.Watches;

namespace Ariadne.Analysis.Watches;

/// <summary>
/// Finds which of one batch of new documents each watch matches. Every read is restricted to the batch, so a watch
/// costs what the batch costs whatever the store holds: saved searches run the search page's own search with the
/// batch as <c>WithinDocuments</c>, identifier watches read the mention index, network watches the memberships and
/// city watches the posting places, one query per kind for all watches of that kind.
/// </summary>
internal static class WatchBatchMatcher
{
    public static async Task<List<WatchHit>> MatchAsync(AriadneStore store, IReadOnlyList<Watch> watches, IReadOnlyCollection<string> batch, CancellationToken cancellationToken)
    {
        var repository = store.Watches;
        var hits = new List<WatchHit>();
        foreach (var watch in watches.Where(w => w.Kind == WatchKind.Search))
        {
            var search = WatchSearch.Parse(watch.Definition);
            string? cursor = null;
            do
            {
                var page = await store.SearchDocumentsAsync(search.ToQuery(batch, cursor), cancellationToken);
                hits.AddRange(page.Items.Select(d => new WatchHit(watch.Id, d.Id)));
                cursor = page.NextCursor;
            }
            while (cursor is not null);
        }

        foreach (var group in watches.Where(w => WatchKinds.EntityTypeOf(w.Kind) is not null).GroupBy(w => WatchKinds.EntityTypeOf(w.Kind)!.Value))
        {
            var byValue = group.ToLookup(w => w.Definition, StringComparer.Ordinal);
            var found = await repository.MentionsInAsync(group.Key, [.. byValue.Select(v => v.Key)], batch, cancellationToken);
            hits.AddRange(found.SelectMany(f => byValue[f.Value].Select(w => new WatchHit(w.Id, f.DocumentId))));
        }

        var networks = watches.Where(w => w.Kind == WatchKind.Network).ToLookup(w => w.Definition, StringComparer.Ordinal);
        if (networks.Count > 0)
        {
            var found = await repository.NetworkMembersInAsync([.. networks.Select(n => n.Key)], batch, cancellationToken);
            hits.AddRange(found.SelectMany(f => networks[f.NetworkId].Select(w => new WatchHit(w.Id, f.DocumentId))));
        }

        var cities = watches.Where(w => w.Kind == WatchKind.City).ToLookup(w => w.Definition, StringComparer.Ordinal);
        if (cities.Count > 0)
        {
            var found = await repository.PlacesInAsync([.. cities.Select(c => c.Key)], batch, cancellationToken);
            hits.AddRange(found.SelectMany(f => cities[f.City].Select(w => new WatchHit(w.Id, f.DocumentId))));
        }

        return hits;
    }
}
