using Ariadne.Analysis.Ingest.Csv;
using Ariadne.Analysis.Ingest.Html;
using Ariadne.Analysis.Ingest.Jsonl;

namespace Ariadne.Analysis.Ingest;

/// <summary>Settings of one ingest run. The defaults suit a laptop and a SQLite store.</summary>
public sealed class IngestOptions
{
    /// <summary>Records per store transaction: large enough to amortise the commit, small enough to lose little on a crash.</summary>
    public int BatchSize { get; init; } = 2000;

    /// <summary>Parse the next batch while the previous one commits.</summary>
    public bool Pipelined { get; init; } = true;

    /// <summary>Parsed batches that may wait for the store; each holds up to <see cref="BatchSize"/> documents in memory.</summary>
    public int PipelineDepth { get; init; } = 2;

    public int MaxJsonlLineBytes { get; init; } = JsonlRecordReader.DefaultMaxLineBytes;

    public int MaxCsvRecordBytes { get; init; } = CsvRecordReader.DefaultMaxRecordBytes;

    public int MaxHtmlBytes { get; init; } = HtmlRecordReader.DefaultMaxFileBytes;

    /// <summary>How CSV columns map to fields; null for <see cref="CsvColumnMapping.Default"/>.</summary>
    public CsvColumnMapping? CsvMapping { get; init; }

    /// <summary>
    /// Read local images only from inside the folders being ingested (and <see cref="ImageRoots"/>). An input file is
    /// data from elsewhere: without this, a reference such as <c>../../home/me/.ssh/id_ed25519</c> would copy any
    /// readable file into the evidence store.
    /// </summary>
    public bool RestrictImagesToInputFolders { get; init; } = true;

    /// <summary>Further folders local images may be read from.</summary>
    public IReadOnlyList<string> ImageRoots { get; init; } = [];
}
