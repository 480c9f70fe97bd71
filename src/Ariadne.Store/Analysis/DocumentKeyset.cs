using Ariadne.Core.Documents;

namespace Ariadne.Store.Analysis;

/// <summary>Keyset paging over documents by id, shared by every stage that walks the store in batches.</summary>
public static class DocumentKeyset
{
    /// <summary>
    /// Documents whose id is greater than <paramref name="after"/> (all of them when it is null), so each batch
    /// starts where the last ended instead of skipping every processed document again.
    /// </summary>
    public static IQueryable<Document> After(this IQueryable<Document> documents, string? after)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (after is null)
        {
            return documents;
        }

        // Ids are "d" + lower-case hex: SQL comparison and ordinal order agree under every collation.
#pragma warning disable CA1309
        return documents.Where(d => string.Compare(d.Id, after) > 0);
#pragma warning restore CA1309
    }
}
