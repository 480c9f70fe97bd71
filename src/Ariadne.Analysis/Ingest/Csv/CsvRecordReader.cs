using System.Text.Unicode;

using Ariadne.Analysis.Csv;

namespace Ariadne.Analysis.Ingest.Csv;

/// <summary>
/// Reads CSV and TSV files with a header row. The raw payload of a record is the row exactly as in the file,
/// without its line break. A row spanning several lines (quoted line breaks) is numbered by the line it starts on.
/// </summary>
public sealed class CsvRecordReader : IRecordReader
{
    /// <summary>Larger records are rejected; it also stops an unclosed quote from swallowing a whole file.</summary>
    public const int DefaultMaxRecordBytes = CsvTableOptions.DefaultMaxRecordBytes;

    private readonly CsvColumnMapping _mapping;
    private readonly char? _separator;
    private readonly int _maxRecordBytes;

    /// <param name="mapping">Column mapping; null for <see cref="CsvColumnMapping.Default"/>.</param>
    /// <param name="separator">The separator; null to detect it from the header (comma, semicolon, tab or pipe).</param>
    /// <param name="maxRecordBytes">The largest record accepted.</param>
    public CsvRecordReader(CsvColumnMapping? mapping = null, char? separator = null, int maxRecordBytes = DefaultMaxRecordBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRecordBytes, IngestRejection.MaxRawBytes);
        _mapping = mapping ?? CsvColumnMapping.Default;
        _separator = separator;
        _maxRecordBytes = maxRecordBytes;
    }

    public string Format => "csv";

    public IEnumerable<IngestRecord> Read(Stream input, RecordReadContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return ReadIterator(input, context, cancellationToken);
    }

    private IEnumerable<IngestRecord> ReadIterator(Stream input, RecordReadContext context, CancellationToken cancellationToken)
    {
        var streamStart = input.CanSeek ? input.Position : 0;
        using var cursor = CsvCursor.Open(input, context, _separator, _maxRecordBytes, streamStart);
        if (cursor.HeaderProblem is { } headerProblem)
        {
            yield return FileRejection(cursor, headerProblem, context);
            yield break;
        }

        var mappingProblem = _mapping.Resolve(cursor.Headers, out var columns);
        if (mappingProblem is not null)
        {
            yield return FileRejection(cursor, mappingProblem, context);
            yield break;
        }

        // One record of look-ahead: a record ends where the next one starts, which is the only exact end offset
        // the parser gives (it reports where records start, and skips blank lines between them).
        CsvRow? previous = null;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var step = cursor.Next(columns);
            if (step.Row is { } row)
            {
                if (previous is not null)
                {
                    yield return Finish(previous, cursor, row.StartOffset, row.Line - 1, context);
                }

                previous = row;
                continue;
            }

            if (previous is not null)
            {
                var endOffset = step.Failure is null ? cursor.EndOfInput(previous) : previous.StartOffset + previous.Raw.Length;
                var endLine = step.Failure is null ? previous.Line + previous.LineBreaks : previous.Line + previous.LineBreaks;
                yield return Finish(previous, cursor, endOffset, endLine, context);
            }

            if (step.Failure is { } failure)
            {
                // The parser cannot go on after this; the rest of the file is one quarantined record.
                var end = input.CanSeek ? input.Length : cursor.EndOfInput(null);
                yield return IngestRecord.Rejected(IngestRejection.Create(failure.Line, failure.Reason, failure.Raw), end, failure.Line);
            }

            yield break;
        }
    }

    private static IngestRecord FileRejection(CsvCursor cursor, string reason, RecordReadContext context)
    {
        var end = cursor.EndOfInput(null);
        return IngestRecord.Rejected(IngestRejection.Create(Math.Max(1, context.StartLine + 1), reason, cursor.HeaderRaw), end, context.StartLine);
    }

    private IngestRecord Finish(CsvRow row, CsvCursor cursor, long endOffset, long endLine, RecordReadContext context)
    {
        string? reason;
        if (row.Problem is { } malformed)
        {
            reason = malformed;
        }
        else if (!Utf8.IsValid(row.Raw))
        {
            reason = "row is not valid UTF-8";
        }
        else if (row.FieldCount != cursor.Headers.Count)
        {
            reason = $"row has {row.FieldCount} fields but the header has {cursor.Headers.Count}";
        }
        else
        {
            reason = DocumentFactory.TryCreate(row.Fields, row.Raw, Format, context, row.Line, out var document);
            if (reason is null)
            {
                return IngestRecord.Parsed(document!, row.Line, endOffset, endLine);
            }
        }

        return IngestRecord.Rejected(IngestRejection.Create(row.Line, reason, row.Raw), endOffset, endLine);
    }
}
