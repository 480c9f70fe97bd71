using System.Runtime.CompilerServices;
using Ariadne.Core.Documents;
using Ariadne.Store;
using Ariadne.Store.Search;

namespace Ariadne.Investigation.Exports.Results;

/// <summary>
/// The documents behind a result list, page by page, with posting city and risk read for each page in one query
/// each: a search (also an entity page, which is a search on its identifier) or a network's members.
/// </summary>
public sealed class ResultExports(AriadneStore store)
{
    /// <summary>At most this many documents per file: a list that long is for a script, and one query can narrow it.</summary>
    public const int Cap = 50_000;

    /// <summary>Every document of <paramref name="query"/> in its page order (newest first), from its first page.</summary>
    public async IAsyncEnumerable<IReadOnlyList<ResultRow>> SearchAsync(DocumentSearchQuery query, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var next = query with { Cursor = null, PageSize = DocumentSearchQuery.MaxPageSize };
        var read = 0;
        while (true)
        {
            var page = await store.SearchDocumentsAsync(next, cancellationToken);
            yield return await RowsAsync(page.Items, cancellationToken);
            read += page.Items.Count;
            if (page.NextCursor is null || read > Cap)
            {
                yield break;
            }

            next = next with { Cursor = page.NextCursor };
        }
    }

    /// <summary>The members of a network (empty when there is no such network: the caller says 404 first).</summary>
    public async IAsyncEnumerable<IReadOnlyList<ResultRow>> NetworkAsync(string networkId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var detail = await store.Networks.GetNetworkAsync(networkId, cancellationToken);
        if (detail is null)
        {
            yield break;
        }

        foreach (var chunk in detail.Members.Chunk(DocumentSearchQuery.MaxPageSize))
        {
            yield return await RowsAsync(chunk, cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ResultRow>> RowsAsync(IReadOnlyList<DocumentSummary> documents, CancellationToken cancellationToken)
    {
        var ids = documents.Select(d => d.Id).ToList();
        var cities = await store.Insights.PostingCitiesAsync(ids, cancellationToken);
        var risks = await store.Scoring.GetProbabilitiesAsync(ids, cancellationToken);
        return [.. documents.Select(d => new ResultRow(d.Id, d.Kind.ToWireName(), d.Title, d.PostedAtUtc, d.LocationRaw,
            cities.GetValueOrDefault(d.Id), d.Country, d.Source, risks.TryGetValue(d.Id, out var p) ? p : null))];
    }
}
