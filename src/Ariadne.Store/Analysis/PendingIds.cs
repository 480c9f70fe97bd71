using Ariadne.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Analysis;

/// <summary>
/// The ids of the documents an analysis stage has not processed at its current version, in id order. The engine
/// may know a cheaper way to find a few new documents in a large store (SQLite looks among the newest rows,
/// <see cref="StoreBackend.FindPendingShortcutAsync"/>); when it has none, or it did not find them all (an older
/// document is still pending), the anti-join answers.
/// </summary>
internal static class PendingIds
{
    public static async Task<List<string>> ListAsync(AriadneStore store, AriadneDbContext context, string stage, int version, long expected, CancellationToken cancellationToken)
    {
        if (expected <= 0)
        {
            return [];
        }

        if (await store.Backend.FindPendingShortcutAsync(context, stage, version, expected, cancellationToken) is { } found)
        {
            return found;
        }

        return await context.Documents.AsNoTracking()
            .Where(d => !context.DocumentAnalyses.Any(a => a.DocumentId == d.Id && a.Stage == stage && a.Version == version))
            .OrderBy(d => d.Id)
            .Select(d => d.Id)
            .ToListAsync(cancellationToken);
    }
}
