using System.Globalization;
using Ariadne.Core.Documents;
using Ariadne.Core.Entities;
using Ariadne.Core.Sharing;
using Ariadne.Store;

namespace Ariadne.Investigation.Exports.Ctdc;

/// <summary>
/// Turns the documents of a scope into <see cref="SharingRecord"/>s. Only what the record type can hold is read:
/// stated ages, the first gazetteer place, country, posting time, kind, risk, indicator categories and network size.
/// Nothing else (ids, text, titles, identifiers) ever leaves this method.
/// </summary>
public sealed class CtdcRecordReader(AriadneStore store)
{
    public async Task<IReadOnlyList<SharingRecord>> ReadAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var reader = new ExportStoreReader(store);
        var documents = await reader.ReadDocumentsAsync(scope, cancellationToken);
        var ids = documents.Select(d => d.Id).ToList();
        var mentions = (await reader.ReadMentionsAsync(ids, [EntityType.Age, EntityType.Location], cancellationToken))
            .ToLookup(m => m.DocumentId, StringComparer.Ordinal);
        var risks = await reader.ReadRisksAsync(ids, cancellationToken);
        var indicators = await reader.ReadIndicatorCategoriesAsync(ids, cancellationToken);
        var sizes = await reader.ReadNetworkSizesAsync([.. documents.Select(d => d.NetworkId).OfType<string>().Distinct(StringComparer.Ordinal)], cancellationToken);
        var records = new List<SharingRecord>(documents.Count);
        foreach (var d in documents)
        {
            var ages = mentions[d.Id].Where(m => m.Type == EntityType.Age)
                .Select(m => int.TryParse(m.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var a) ? a : (int?)null)
                .OfType<int>().ToList();
            var city = mentions[d.Id].FirstOrDefault(m => m.Type == EntityType.Location)?.Value;
            records.Add(new SharingRecord(
                ages.Count == 0 ? null : ages.Min(),
                city,
                CountryOf(d.Country, city),
                d.PostedAtUtc,
                d.Kind.ToWireName(),
                CtdcBands.Risk(risks.TryGetValue(d.Id, out var risk) ? risk : null),
                indicators.TryGetValue(d.Id, out var categories) ? string.Join(';', categories) : string.Empty,
                CtdcBands.NetworkSize(d.NetworkId is { } n && sizes.TryGetValue(n, out var size) ? size : null)));
        }

        return records;
    }

    /// <summary>The source's country, else the country code of the gazetteer place ("Montreal, CA" → CA).</summary>
    public static string? CountryOf(string? country, string? city)
    {
        if (!string.IsNullOrWhiteSpace(country))
        {
            return country.Trim().ToUpperInvariant();
        }

        // "Lisbon, PT" names its country, but "Houston, TX" names a US state: only a code the region table knows counts.
        var comma = city?.LastIndexOf(',') ?? -1;
        var code = comma < 0 ? null : city![(comma + 1)..].Trim().ToUpperInvariant();
        return code is { Length: 2 } && Core.Sharing.UnM49Regions.RegionOf(code) is not null ? code : null;
    }
}
