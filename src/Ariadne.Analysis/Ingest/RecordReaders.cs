using Ariadne.Analysis.Ingest.Csv;
using Ariadne.Analysis.Ingest.Html;
using Ariadne.Analysis.Ingest.Jsonl;

namespace Ariadne.Analysis.Ingest;

/// <summary>Picks the reader for a file by its extension.</summary>
public static class RecordReaders
{
    /// <summary>The extensions ingest reads.</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".jsonl", ".ndjson", ".csv", ".tsv", ".html", ".htm"];

    /// <summary>The reader for <paramref name="path"/>, or null when its extension is not supported.</summary>
    public static IRecordReader? ForPath(string path, IngestOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".jsonl" or ".ndjson" => new JsonlRecordReader(options.MaxJsonlLineBytes),
            ".csv" => new CsvRecordReader(options.CsvMapping, separator: null, options.MaxCsvRecordBytes),
            ".tsv" => new CsvRecordReader(options.CsvMapping, separator: '\t', options.MaxCsvRecordBytes),
            ".html" or ".htm" => new HtmlRecordReader(options.MaxHtmlBytes),
            _ => null,
        };
    }
}
