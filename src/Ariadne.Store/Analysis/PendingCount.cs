using Ariadne.Store.Model;
using Microsoft.EntityFrameworkCore;

namespace Ariadne.Store.Analysis;

/// <summary>
/// How many documents an analysis stage has not processed at its current version. Counted as all documents minus
/// the stage's rows at that version, two index-only counts, rather than an anti-join that probes the analysis table
/// once per document: at 1,000,000 documents 0.2 s instead of 7–9 s, paid by every stage of every
/// <c>ariadne analyze</c> even when there is nothing to do. Exact because a document has at most one row per stage
/// (the key is document and stage) and rows go with their document (foreign key, cascade).
/// </summary>
internal static class PendingCount
{
    public static async Task<long> OfAsync(AriadneDbContext context, string stage, int version, CancellationToken cancellationToken)
    {
        var documents = await context.Documents.LongCountAsync(cancellationToken);
        var done = await context.DocumentAnalyses.LongCountAsync(a => a.Stage == stage && a.Version == version, cancellationToken);
        return Math.Max(0, documents - done);
    }
}
