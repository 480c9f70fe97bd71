using System.Globalization;
using Ariadne.Core.Entities;
using Ariadne.Store;

namespace Ariadne.Investigation.Exports.Htcds;

/// <summary>Fills the <see cref="HtcdsLinkedDocument"/>s of a case from the store, given the document ids it links.</summary>
public sealed class HtcdsDocumentReader(AriadneStore store)
{
    public async Task<IReadOnlyList<HtcdsLinkedDocument>> ReadAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var reader = new ExportStoreReader(store);
        var documents = await reader.ReadDocumentsAsync(scope, cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var mentions = (await reader.ReadMentionsAsync(ids, [EntityType.Age, EntityType.Location, EntityType.Handle], cancellationToken))
            .ToLookup(m => m.DocumentId, StringComparer.Ordinal);
        var categories = await reader.ReadIndicatorCategoriesAsync(ids, cancellationToken);
        return [.. documents.Select(d => new HtcdsLinkedDocument(
            d.Id,
            d.NetworkId,
            d.PostedAtUtc,
            mentions[d.Id].FirstOrDefault(m => m.Type == EntityType.Location)?.Value,
            d.Country,
            [.. mentions[d.Id].Where(m => m.Type == EntityType.Age).Select(m => int.TryParse(m.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var a) ? a : -1).Where(a => a >= 0)],
            categories.TryGetValue(d.Id, out var c) ? [.. c] : [],
            [.. mentions[d.Id].Where(m => m.Type == EntityType.Handle && m.Value.Contains(':', StringComparison.Ordinal)).Select(m => m.Value[..m.Value.IndexOf(':', StringComparison.Ordinal)]).Distinct(StringComparer.Ordinal)]))];
    }
}
