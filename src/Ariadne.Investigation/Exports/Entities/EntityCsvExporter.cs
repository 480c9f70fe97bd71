using System.Globalization;
using System.Text;
using Ariadne.Analysis.Csv;
using Ariadne.Core.Entities;
using Ariadne.Store;
using Ariadne.Store.Insights;

namespace Ariadne.Investigation.Exports.Entities;

/// <summary>
/// The entities of a network or document set as RFC 4180 CSV: <c>type,value,documents,first_seen,last_seen</c>, one row
/// per (type, value), ordered by type then value; first/last seen are the earliest and latest posting times (UTC) of
/// the scope's documents that mention it, empty when none is dated.
/// </summary>
public sealed class EntityCsvExporter(AriadneStore store)
{
    public static IReadOnlyList<string> Header { get; } = ["type", "value", "documents", "first_seen", "last_seen"];

    public async Task<IReadOnlyList<EntityRow>> ReadAsync(ExportScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var reader = new ExportStoreReader(store);
        var documents = await reader.ReadDocumentsAsync(scope, cancellationToken);
        var mentions = await reader.ReadMentionsAsync([.. documents.Select(d => d.Id)], Enum.GetValues<EntityType>(), cancellationToken);
        return Summarise(documents, mentions);
    }

    /// <summary>Counts and date ranges per entity (pure, so the cases code can feed it documents it already holds).</summary>
    public static IReadOnlyList<EntityRow> Summarise(IReadOnlyList<ExportDocument> documents, IReadOnlyList<DocumentEntity> mentions)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(mentions);
        var posted = documents.ToDictionary(d => d.Id, d => d.PostedAtUtc, StringComparer.Ordinal);
        return [.. mentions.Where(m => posted.ContainsKey(m.DocumentId)).Distinct()
            .GroupBy(m => (m.Type, m.Value))
            .OrderBy(g => g.Key.Type).ThenBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g =>
            {
                var dates = g.Select(m => posted[m.DocumentId]).OfType<DateTimeOffset>().ToList();
                return new EntityRow(g.Key.Type.ToString().ToLowerInvariant(), g.Key.Value, g.Count(),
                    dates.Count == 0 ? null : dates.Min(), dates.Count == 0 ? null : dates.Max());
            })];
    }

    public async Task<int> WriteAsync(ExportScope scope, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var rows = await ReadAsync(scope, cancellationToken);
        Write(rows, output);
        return rows.Count;
    }

    public static void Write(IReadOnlyList<EntityRow> rows, Stream output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        var csv = new CsvTableWriter(writer);
        csv.WriteRecord(Header);
        foreach (var row in rows)
        {
            csv.WriteRecord([row.Type, row.Value, row.Documents.ToString(CultureInfo.InvariantCulture), Time(row.FirstSeenUtc), Time(row.LastSeenUtc)]);
        }
    }

    private static string? Time(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
