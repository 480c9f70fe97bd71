using System.Globalization;
using System.Text;
using System.Text.Json;
using Ariadne.Analysis.Csv;

namespace Ariadne.Investigation.Exports.Results;

/// <summary>
/// Writes exported result lists. CSV: the provenance as leading <c># name: value</c> lines (read by pandas with
/// <c>comment='#'</c>, and plain to a person opening the file), one header row, then one row per document through
/// the formula-guarded <see cref="CsvTableWriter"/>, and a closing <c># rows:</c> line. JSONL: a first
/// <c>{"provenance":…}</c> line, one object per document, and a last <c>{"end":…}</c> line with the count and whether
/// the cap cut the list. Format in docs/data-formats.md, "Result exports".
/// </summary>
public static class ResultExportWriter
{
    private static readonly string[] Columns =
        ["document_id", "kind", "title", "posted_at_utc", "location", "posting_city", "country", "source", "risk"];

    public static async Task<int> WriteAsync(Stream output, ResultExportFormat format, ResultProvenance provenance,
        IAsyncEnumerable<IReadOnlyList<ResultRow>> pages, int cap, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(provenance);
        ArgumentNullException.ThrowIfNull(pages);
        await using var text = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        var csv = new CsvTableWriter(text);
        if (format == ResultExportFormat.Csv)
        {
            foreach (var (name, value) in Fields(provenance))
            {
                // One line each: a line break in the query must not start an unmarked line.
                await text.WriteAsync($"# {name}: {OneLine(value)}{CsvTableWriter.Crlf}");
            }

            csv.WriteRecord(Columns);
        }
        else
        {
            await text.WriteLineAsync(Json(w =>
            {
                w.WriteStartObject("provenance");
                foreach (var (name, value) in Fields(provenance))
                {
                    w.WriteString(name, value);
                }

                w.WriteEndObject();
            }));
        }

        var rows = 0;
        var truncated = false;
        await foreach (var page in pages.WithCancellation(cancellationToken))
        {
            foreach (var row in page)
            {
                if (rows == cap)
                {
                    truncated = true;
                    break;
                }

                if (format == ResultExportFormat.Csv)
                {
                    csv.WriteRecord(row.DocumentId, row.Kind, row.Title, Time(row.PostedAtUtc), row.Location, row.PostingCity, row.Country, row.Source,
                        row.Risk?.ToString("0.000", CultureInfo.InvariantCulture));
                }
                else
                {
                    await text.WriteLineAsync(Json(w => WriteRow(w, row)));
                }

                rows++;
            }

            if (truncated)
            {
                break;
            }

            await text.FlushAsync(cancellationToken);
        }

        if (format == ResultExportFormat.Csv)
        {
            await text.WriteAsync($"# rows: {rows.ToString(CultureInfo.InvariantCulture)}{(truncated ? $" (cut at the export cap of {cap.ToString(CultureInfo.InvariantCulture)}; narrow the query)" : "")}{CsvTableWriter.Crlf}");
        }
        else
        {
            await text.WriteLineAsync(Json(w =>
            {
                w.WriteStartObject("end");
                w.WriteNumber("rows", rows);
                w.WriteBoolean("truncated", truncated);
                w.WriteEndObject();
            }));
        }

        await text.FlushAsync(cancellationToken);
        return rows;
    }

    private static IEnumerable<(string Name, string Value)> Fields(ResultProvenance p) =>
    [
        ("subject", p.Subject),
        ("query", p.Query),
        ("account", p.Account),
        ("generated_at_utc", Time(p.GeneratedAtUtc)!),
        ("tool", p.Tool),
    ];

    private static void WriteRow(Utf8JsonWriter w, ResultRow row)
    {
        w.WriteString("document_id", row.DocumentId);
        w.WriteString("kind", row.Kind);
        w.WriteString("title", row.Title);
        w.WriteString("posted_at_utc", Time(row.PostedAtUtc));
        w.WriteString("location", row.Location);
        w.WriteString("posting_city", row.PostingCity);
        w.WriteString("country", row.Country);
        w.WriteString("source", row.Source);
        if (row.Risk is { } risk)
        {
            w.WriteNumber("risk", Math.Round(risk, 3));
        }
        else
        {
            w.WriteNull("risk");
        }
    }

    private static string Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            write(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string? Time(DateTimeOffset? value) =>
        value?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string OneLine(string value) => value.ReplaceLineEndings(" ");
}
