using System.Text;

using CsvHelper;

namespace Ariadne.Analysis.Csv;

/// <summary>
/// The one CSV reader, on CsvHelper: ingest reads documents with it (Ingest/Csv) and bank import reads hash lists
/// (Banks/BankCsv). RFC 4180 with quoted line breaks; empty lines skipped; every record knows the line it starts on,
/// so an error can name it. A record with bad quoting is read (CsvHelper recovers) and its <see cref="Problem"/> says
/// what is wrong, so the caller can quarantine that row and go on; a problem the parser cannot go on after (a record
/// over the size limit) ends the read with a <see cref="Failure"/> instead of an exception, because ingest reads
/// inside an iterator, which cannot catch around a yield.
/// </summary>
public sealed class CsvTableReader : IDisposable
{
    private readonly Dictionary<long, CsvMalformedReason> _malformed = [];
    private readonly CsvTableOptions _options;
    private readonly CsvReader _reader;
    private long _lastLine;

    private CsvTableReader(CsvTableOptions options, Func<CsvReaderOptions, CsvReader> create)
    {
        _options = options;
        _lastLine = options.LineBase;
        _reader = create(new CsvReaderOptions
        {
            HasHeader = options.HasHeader,
            Separator = options.Separator,
            AllowLineBreaksInQuotes = true,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            MaxRecordSize = options.MaxRecordBytes,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,

            // Values are ad text or partner data; they stay out of messages that end up in logs.
            IncludeValuesInExceptions = false,
            OnMalformedRecord = record => _malformed.TryAdd(record.RecordNumber, record.Reason),
        });
    }

    /// <summary>The header names, after <see cref="ReadHeader"/>.</summary>
    public IReadOnlyList<string> Headers { get; private set; } = [];

    /// <summary>The separator in use (the detected one when <see cref="CsvTableOptions.Separator"/> is null).</summary>
    public char Separator => _reader.Separator;

    /// <summary>The 1-based line of the file where the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Line breaks inside the current record (quoted multi-line fields).</summary>
    public long LineBreaks { get; private set; }

    /// <summary>The byte offset in the file where the current record starts.</summary>
    public long ByteOffset { get; private set; }

    /// <summary>How many fields the current record has (it may differ from the header's).</summary>
    public int FieldCount => _reader.FieldCount;

    /// <summary>What is wrong with the quoting of the current record, as a sentence; null when nothing is.</summary>
    public string? Problem { get; private set; }

    /// <summary>The current record has a quoted field that is never closed, so it runs to the end of the input.</summary>
    public bool RunsToEnd { get; private set; }

    /// <summary>The current record as it is in the input (UTF-8), without its line break; valid until the next read.</summary>
    public ReadOnlySpan<byte> RawRecord => _reader.RawRecord;

    /// <summary>Why the read stopped early; null while reading and at a normal end.</summary>
    public CsvReadFailure? Failure { get; private set; }

    /// <summary>Opens a byte stream (UTF-8 unless a byte order mark says otherwise), which stays open.</summary>
    public static CsvTableReader Open(Stream input, CsvTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return new CsvTableReader(options, o => CsvReader.Create(input, o, leaveOpen: true));
    }

    /// <summary>Opens text, which stays open.</summary>
    public static CsvTableReader Open(TextReader input, CsvTableOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        return new CsvTableReader(options, o => CsvReader.Create(input, o, leaveOpen: true));
    }

    /// <summary>Reads the header row into <see cref="Headers"/>. Throws <see cref="InvalidDataException"/> when it cannot be read.</summary>
    public IReadOnlyList<string> ReadHeader()
    {
        try
        {
            _reader.ReadHeader();
            Headers = [.. _reader.Headers];
            return Headers;
        }
        catch (Exception ex) when (ex is CsvFormatException or ArgumentException or DecoderFallbackException)
        {
            throw new InvalidDataException(ex.Message, ex);
        }
    }

    /// <summary>Moves to the next record: false at the end of the input, or when the parser cannot go on (see <see cref="Failure"/>).</summary>
    public bool Read()
    {
        try
        {
            if (!_reader.Read())
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or DecoderFallbackException)
        {
            var line = ex is CsvFormatException { LineNumber: > 0 } format ? _options.LineBase + format.LineNumber : _lastLine + 1;
            var offset = ex is CsvFormatException { ByteOffset: > 0 } at ? _options.OffsetBase + at.ByteOffset : -1;
            Failure = new CsvReadFailure(line, offset, $"the CSV parser stopped: {ex.Message}; the rest of the file was not read");
            return false;
        }

        Line = _options.LineBase + _reader.LineNumber;
        LineBreaks = CountLineBreaks(_reader.RawRecord);
        ByteOffset = _options.OffsetBase + _reader.ByteOffset;
        _lastLine = Line + LineBreaks;

        // The parser reports a malformed record by its number counting the header, while it parses that record.
        var recordNumber = _reader.RowNumber + (_options.HasHeader ? 1 : 0);
        var malformed = _malformed.Remove(recordNumber, out var reason);
        Problem = malformed ? Describe(reason) : null;
        RunsToEnd = malformed && reason == CsvMalformedReason.UnterminatedQuote;
        return true;
    }

    /// <summary>Field <paramref name="index"/> of the current record; empty when the record is shorter.</summary>
    public string Field(int index)
    {
        var value = _reader.GetString(index);
        return _options.UndoFormulaGuard ? CsvFormulaGuard.Unguard(value) : value;
    }

    /// <summary>Every field of the current record.</summary>
    public IReadOnlyList<string> Fields()
    {
        var fields = new string[FieldCount];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = Field(i);
        }

        return fields;
    }

    public void Dispose() => _reader.Dispose();

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
}
