namespace Ariadne.Analysis.Ingest.Csv;

/// <summary>One CSV record copied out of the parser's buffer, so it outlives the next read.</summary>
internal sealed class CsvRow
{
    public required RecordFields Fields { get; init; }

    public required byte[] Raw { get; init; }

    /// <summary>1-based line in the file where the record starts.</summary>
    public long Line { get; init; }

    /// <summary>Line breaks inside the record (quoted multi-line fields).</summary>
    public long LineBreaks { get; init; }

    /// <summary>Byte offset in the file where the record starts.</summary>
    public long StartOffset { get; init; }

    public int FieldCount { get; init; }

    /// <summary>What is wrong with the row's quoting, when something is.</summary>
    public string? Problem { get; init; }
}
