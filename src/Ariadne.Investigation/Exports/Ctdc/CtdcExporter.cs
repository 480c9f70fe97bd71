using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Ariadne.Analysis.Csv;
using Ariadne.Core.Sharing;
using Ariadne.Store;

namespace Ariadne.Investigation.Exports.Ctdc;

/// <summary>
/// The CTDC-style data-sharing export: one k-anonymous row per document of a scope. It anonymises, verifies the result
/// with the independent <see cref="KAnonymityCheck"/>, and writes only when the check holds.
/// </summary>
public sealed class CtdcExporter(AriadneStore store)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true };

    /// <summary>Reads, anonymises, checks and writes; returns the report. Throws <see cref="ArgumentOutOfRangeException"/> for k &lt; 2.</summary>
    public async Task<AnonymisationReport> ExportAsync(ExportScope scope, KAnonymityOptions options, CtdcFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        options.Validate();
        var records = await new CtdcRecordReader(store).ReadAsync(scope, cancellationToken);
        var result = KAnonymizer.Anonymise(records, options);
        Write(result, options.K, format, output);
        return result.Report;
    }

    /// <summary>Writes anonymised rows after checking them; throws <see cref="InvalidOperationException"/> (nothing written) when the check fails.</summary>
    public static void Write(AnonymisationResult result, int k, CtdcFormat format, Stream output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        if (!KAnonymityCheck.Holds(result.Records, k))
        {
            throw new InvalidOperationException($"refusing to write: the smallest class has {KAnonymityCheck.SmallestClass(result.Records)} records, fewer than k = {k}");
        }

        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true);
        if (format == CtdcFormat.Csv)
        {
            var csv = new CsvTableWriter(writer);
            csv.WriteRecord(SharedRecord.Columns);
            foreach (var row in result.Records)
            {
                csv.WriteRecord(row.Values);
            }

            return;
        }

        var rows = result.Records.Select(r => SharedRecord.Columns.Zip(r.Values).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        writer.Write(JsonSerializer.Serialize(rows, Json));
        writer.Write('\n');
    }
}
