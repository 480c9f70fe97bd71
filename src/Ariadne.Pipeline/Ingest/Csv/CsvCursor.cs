using System.Text;

using CsvHelper;

namespace Ariadne.Pipeline.Ingest.Csv;

/// <summary>
/// Wraps the CsvHelper reader for <see cref="CsvRecordReader"/>: reads the header (from the start of the file, also
/// when resuming), positions the data reader, translates positions to file offsets and lines, and turns parser
/// exceptions into values, because an iterator cannot catch around a yield.
/// </summary>
internal sealed class CsvCursor : IDisposable
{
    private readonly Dictionary<long, string> _malformed = [];
    private readonly Stream _input;
    private CsvReader? _reader;
    private long _offsetBase;
    private long _lineBase;
    private bool _hasHeader;
    private long _lastLine;

    private CsvCursor(Stream input)
    {
        _input = input;
    }

    public IReadOnlyList<string> Headers { get; private set; } = [];

    /// <summary>The header row as bytes, for a rejection that concerns the whole file.</summary>
    public byte[] HeaderRaw { get; private set; } = [];

    /// <summary>Why the file cannot be read at all, when it cannot.</summary>
    public string? HeaderProblem { get; private set; }

    public static CsvCursor Open(Stream input, RecordReadContext context, char? separator, int maxRecordBytes, long streamStart)
    {
        var cursor = new CsvCursor(input);
        try
        {
            cursor.OpenCore(context, separator, maxRecordBytes, streamStart);
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or ArgumentException or DecoderFallbackException)
        {
            cursor.HeaderProblem = $"the header row cannot be read: {ex.Message}";
        }

        return cursor;
    }

    public CsvStep Next(int[] columns)
    {
        var reader = _reader!;
        try
        {
            if (!reader.Read())
            {
                return default;
            }
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or DecoderFallbackException)
        {
            var line = ex is CsvFormatException { LineNumber: > 0 } format ? _lineBase + format.LineNumber : _lastLine + 1;
            var offset = ex is CsvFormatException { ByteOffset: > 0 } at ? _offsetBase + at.ByteOffset : -1;
            return new CsvStep(null, new CsvFailure(line, $"the CSV parser stopped: {ex.Message}; the rest of the file was not read", PeekRaw(offset)));
        }

        var fields = new RecordFields();
        for (var field = 0; field < columns.Length; field++)
        {
            var column = columns[field];
            if (column < 0)
            {
                continue;
            }

            var value = reader.GetString(column) ?? string.Empty;
            if ((DocumentField)field == DocumentField.Images)
            {
                foreach (var image in value.Split([';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    fields.Images.Add(image);
                }
            }
            else
            {
                fields.Set((DocumentField)field, value);
            }
        }

        var raw = reader.RawRecord.ToArray();
        var row = new CsvRow
        {
            Fields = fields,
            Raw = raw,
            Line = _lineBase + reader.LineNumber,
            LineBreaks = CountLineBreaks(raw),
            StartOffset = _offsetBase + reader.ByteOffset,
            FieldCount = reader.FieldCount,
            RecordNumber = reader.RowNumber + (_hasHeader ? 1 : 0),
        };
        _lastLine = row.Line + row.LineBreaks;
        return new CsvStep(row, null);
    }

    /// <summary>Returns and forgets the quoting problem the parser reported for a record, if any.</summary>
    public string? TakeMalformed(long recordNumber) => _malformed.Remove(recordNumber, out var reason) ? reason : null;

    /// <summary>The offset of the end of the input: the file length when known.</summary>
    public long EndOfInput(CsvRow? last) => _input.CanSeek ? _input.Length : last is null ? 0 : last.StartOffset + last.Raw.Length;

    public void Dispose() => _reader?.Dispose();

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "bad quoting: a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "bad quoting: text after the closing quote of a field",
        CsvMalformedReason.UnterminatedQuote => "bad quoting: a quoted field is never closed",
        CsvMalformedReason.LineBreakInQuotes => "bad quoting: a line break inside a quoted field",
        _ => $"malformed row ({reason})",
    };

    private static long CountLineBreaks(ReadOnlySpan<byte> raw)
    {
        long count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == (byte)'\n' || (raw[i] == (byte)'\r' && (i + 1 == raw.Length || raw[i + 1] != (byte)'\n')))
            {
                count++;
            }
        }

        return count;
    }

    private void OpenCore(RecordReadContext context, char? separator, int maxRecordBytes, long streamStart)
    {
        if (_input.CanSeek && context.StartOffset == 0 && !CheckEncoding(streamStart))
        {
            return;
        }

        var options = new CsvReaderOptions
        {
            HasHeader = true,
            Separator = separator,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MaxRecordSize = maxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record => _malformed.TryAdd(record.RecordNumber, Describe(record.Reason)),
        };

        if (context.StartOffset > 0)
        {
            // Resuming: the header is still needed to map columns, then the data reader starts at the checkpoint.
            _input.Seek(0, SeekOrigin.Begin);
            using (var headerReader = CsvReader.Create(_input, options, leaveOpen: true))
            {
                headerReader.ReadHeader();
                Headers = [.. headerReader.Headers];
                options = options with { Separator = headerReader.Separator, HasHeader = false };
            }

            _input.Seek(context.StartOffset, SeekOrigin.Begin);
            _offsetBase = context.StartOffset;
            _lineBase = context.StartLine;
            _lastLine = context.StartLine;
            _reader = CsvReader.Create(_input, options, leaveOpen: true);
        }
        else
        {
            _reader = CsvReader.Create(_input, options, leaveOpen: true);
            _reader.ReadHeader();
            Headers = [.. _reader.Headers];
            _hasHeader = true;
        }

        HeaderRaw = Encoding.UTF8.GetBytes(string.Join(",", Headers));
        if (Headers.Count == 0)
        {
            HeaderProblem = "the file is empty; a header row is required";
        }
    }

    private bool CheckEncoding(long streamStart)
    {
        Span<byte> head = stackalloc byte[4];
        var read = _input.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        _input.Seek(streamStart, SeekOrigin.Begin);
        head = head[..read];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || head.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF]))
        {
            // Offsets in other encodings would not match the file's bytes, which resume depends on.
            HeaderProblem = "the file is UTF-16 or UTF-32 encoded; save it as UTF-8";
            return false;
        }

        return true;
    }

    private byte[] PeekRaw(long offset)
    {
        if (offset < 0 || !_input.CanSeek)
        {
            return [];
        }

        try
        {
            _input.Seek(offset, SeekOrigin.Begin);
            var buffer = new byte[IngestRejection.MaxRawBytes];
            var read = _input.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            return buffer[..read];
        }
        catch (IOException)
        {
            return [];
        }
    }
}
