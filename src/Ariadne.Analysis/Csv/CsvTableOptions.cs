namespace Ariadne.Analysis.Csv;

/// <summary>How <see cref="CsvTableReader"/> reads a file.</summary>
public sealed record CsvTableOptions
{
    /// <summary>Larger records end the read; it also stops an unclosed quote from swallowing a whole file into memory.</summary>
    public const int DefaultMaxRecordBytes = 8 * 1024 * 1024;

    /// <summary>Whether the first record is a header (read it with <see cref="CsvTableReader.ReadHeader"/>).</summary>
    public bool HasHeader { get; init; } = true;

    /// <summary>The field separator; null to detect it from the first lines (comma, semicolon, tab or pipe).</summary>
    public char? Separator { get; init; }

    /// <summary>The largest record, in bytes of UTF-8, the reader accepts.</summary>
    public int MaxRecordBytes { get; init; } = DefaultMaxRecordBytes;

    /// <summary>When the input is the rest of a file (resuming): the lines before it, added to every line number.</summary>
    public long LineBase { get; init; }

    /// <summary>When the input is the rest of a file (resuming): the bytes before it, added to every offset.</summary>
    public long OffsetBase { get; init; }

    /// <summary>
    /// Take away the single quote <see cref="CsvTableWriter"/> puts before a formula-like field, for files Ariadne
    /// wrote itself (bank files); off for third-party data, which is kept as it is.
    /// </summary>
    public bool UndoFormulaGuard { get; init; }
}
