using Ariadne.Core.Documents;

namespace Ariadne.Analysis.Ingest.Jsonl;

/// <summary>
/// Reads Document JSONL (<c>.jsonl</c>, <c>.ndjson</c>): one JSON object per line. The raw payload of a record is
/// its line without the line break (and without a UTF-8 byte order mark), so the same record hashes the same
/// whether the file uses LF or CRLF.
/// </summary>
public sealed class JsonlRecordReader : IRecordReader
{
    /// <summary>Longer lines are rejected without being buffered; 8 MiB is far beyond any real ad.</summary>
    public const int DefaultMaxLineBytes = 8 * 1024 * 1024;

    private readonly int _maxLineBytes;

    public JsonlRecordReader(int maxLineBytes = DefaultMaxLineBytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, IngestRejection.MaxRawBytes);
        _maxLineBytes = maxLineBytes;
    }

    public string Format => "jsonl";

    public IEnumerable<IngestRecord> Read(Stream input, RecordReadContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return ReadIterator(input, context, cancellationToken);
    }

    private IEnumerable<IngestRecord> ReadIterator(Stream input, RecordReadContext context, CancellationToken cancellationToken)
    {
        if (context.StartOffset > 0)
        {
            input.Seek(context.StartOffset, SeekOrigin.Begin);
        }

        using var splitter = new LineSplitter(input, context.StartOffset, _maxLineBytes);
        var lineNumber = context.StartLine;
        var atStart = context.StartOffset == 0;
        while (splitter.TryReadLine(out var line, out var endOffset, out var tooLong))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            var record = ReadLine(line.Span, atStart, tooLong, lineNumber, endOffset, context);
            atStart = false;
            if (record is { } value)
            {
                yield return value;
            }
        }
    }

    private IngestRecord? ReadLine(ReadOnlySpan<byte> line, bool atStart, bool tooLong, long lineNumber, long endOffset, RecordReadContext context)
    {
        if (tooLong)
        {
            var rejection = IngestRejection.Create(lineNumber, $"line is longer than the limit of {_maxLineBytes:N0} bytes", line);
            return IngestRecord.Rejected(rejection, endOffset, lineNumber);
        }

        if (atStart && line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            line = line[3..];
        }

        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (line.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0)
        {
            return null;
        }

        var fields = new RecordFields();
        var reason = JsonlLineParser.Parse(line, fields);
        if (reason is null)
        {
            reason = DocumentFactory.TryCreate(fields, line.ToArray(), Format, context, lineNumber, out var document);
            if (reason is null)
            {
                return IngestRecord.Parsed(document!, lineNumber, endOffset, lineNumber);
            }
        }

        return IngestRecord.Rejected(IngestRejection.Create(lineNumber, reason, line), endOffset, lineNumber);
    }
}
