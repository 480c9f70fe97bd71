using System.Text;

using Ariadne.Analysis.Csv;

namespace Ariadne.Analysis.Ingest.Csv;

/// <summary>
/// Reads documents' rows for <see cref="CsvRecordReader"/> with <see cref="CsvTableReader"/>: reads the header (from
/// the start of the file, also when resuming), positions the data reader at the checkpoint, maps columns to Document
/// fields and copies each row out of the parser's buffer.
/// </summary>
internal sealed class CsvCursor : IDisposable
{
    private readonly Stream _input;
    private CsvTableReader? _reader;

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
        catch (InvalidDataException ex)
        {
            cursor.HeaderProblem = $"the header row cannot be read: {ex.Message}";
        }

        return cursor;
    }

    public CsvStep Next(int[] columns)
    {
        var reader = _reader!;
        if (!reader.Read())
        {
            return reader.Failure is { } failure ? new CsvStep(null, new CsvFailure(failure.Line, failure.Reason, PeekRaw(failure.ByteOffset))) : default;
        }

        var fields = new RecordFields();
        for (var field = 0; field < columns.Length; field++)
        {
            var column = columns[field];
            if (column < 0)
            {
                continue;
            }

            var value = reader.Field(column);
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

        var row = new CsvRow
        {
            Fields = fields,
            Raw = reader.RawRecord.ToArray(),
            Line = reader.Line,
            LineBreaks = reader.LineBreaks,
            StartOffset = reader.ByteOffset,
            FieldCount = reader.FieldCount,
            Problem = reader.Problem,
        };
        return new CsvStep(row, null);
    }

    /// <summary>The offset of the end of the input: the file length when known.</summary>
    public long EndOfInput(CsvRow? last) => _input.CanSeek ? _input.Length : last is null ? 0 : last.StartOffset + last.Raw.Length;

    public void Dispose() => _reader?.Dispose();

    private void OpenCore(RecordReadContext context, char? separator, int maxRecordBytes, long streamStart)
    {
        if (_input.CanSeek && context.StartOffset == 0 && !CheckEncoding(streamStart))
        {
            return;
        }

        var options = new CsvTableOptions { Separator = separator, MaxRecordBytes = maxRecordBytes };
        if (context.StartOffset > 0)
        {
            // Resuming: the header is still needed to map columns, then the data reader starts at the checkpoint.
            _input.Seek(0, SeekOrigin.Begin);
            using (var headerReader = CsvTableReader.Open(_input, options))
            {
                Headers = headerReader.ReadHeader();
                options = options with { Separator = headerReader.Separator, HasHeader = false, LineBase = context.StartLine, OffsetBase = context.StartOffset };
            }

            _input.Seek(context.StartOffset, SeekOrigin.Begin);
            _reader = CsvTableReader.Open(_input, options);
        }
        else
        {
            _reader = CsvTableReader.Open(_input, options);
            Headers = _reader.ReadHeader();
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
