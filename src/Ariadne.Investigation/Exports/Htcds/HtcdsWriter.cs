using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ariadne.Analysis.Csv;

namespace Ariadne.Investigation.Exports.Htcds;

/// <summary>Writes HTCDS records as a JSON array of objects (field name → value) or as CSV whose header is the field names.</summary>
public static class HtcdsWriter
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    public static void WriteJson(IReadOnlyList<HtcdsRecord> records, Stream output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        writer.Write(JsonSerializer.Serialize(records.Select(r => r.Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal)), Json));
        writer.Write('\n');
    }

    /// <summary>Columns: every field any record has, in <see cref="HtcdsVocabulary.Fields"/> order; empty cells for fields a record lacks.</summary>
    public static void WriteCsv(IReadOnlyList<HtcdsRecord> records, Stream output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        var present = records.SelectMany(r => r.Fields.Select(f => f.Key)).ToHashSet(StringComparer.Ordinal);
        var columns = HtcdsVocabulary.Fields.Where(present.Contains).ToList();
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        var csv = new CsvTableWriter(writer);
        csv.WriteRecord(columns);
        foreach (var record in records)
        {
            var values = record.Fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
            csv.WriteRecord(columns.Select(c => values.GetValueOrDefault(c)));
        }
    }
}
