namespace Ariadne.Analysis.Csv;

/// <summary>
/// The one CSV writer: every CSV file or listing Ariadne writes (exports, timelines, bank files, CLI output) goes
/// through it, so quoting and the formula guard are decided in one place.
/// <list type="bullet">
/// <item>RFC 4180: fields separated by commas; a field is quoted when it holds a comma, a quote, CR or LF (every
/// field, with <c>quoteEveryField</c>), quotes inside doubled; each record ends with the chosen line end, CRLF by
/// default as the RFC says.</item>
/// <item>Formula guard, always on, because the text comes from others (ad text, notes, partner bank files): a field
/// starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR gets a leading single quote, so a spreadsheet shows
/// it as text instead of running it (a field already starting with quotes before such a character gets one more).
/// <see cref="CsvTableReader"/> with <see cref="CsvTableOptions.UndoFormulaGuard"/> reads the original back.</item>
/// </list>
/// </summary>
public sealed class CsvTableWriter
{
    /// <summary>The RFC 4180 record end.</summary>
    public const string Crlf = "\r\n";

    private readonly TextWriter _writer;
    private readonly string _newLine;
    private readonly bool _quoteEveryField;

    /// <param name="writer">Where the records go; not closed by this writer.</param>
    /// <param name="newLine">The record end: CRLF, or <c>\n</c> for formats that have always used it (bank files, console listings).</param>
    /// <param name="quoteEveryField">Quote every field, also those that do not need it.</param>
    public CsvTableWriter(TextWriter writer, string newLine = Crlf, bool quoteEveryField = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentException.ThrowIfNullOrEmpty(newLine);
        _writer = writer;
        _newLine = newLine;
        _quoteEveryField = quoteEveryField;
    }

    /// <summary>One record: the fields (null is an empty field) joined by commas, then the record end.</summary>
    public void WriteRecord(params IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _writer.Write(',');
            }

            _writer.Write(Field(field, _quoteEveryField));
            first = false;
        }

        _writer.Write(_newLine);
    }

    /// <summary>One field as it is written: guarded, then quoted when it needs it (or when <paramref name="quote"/>).</summary>
    public static string Field(string? value, bool quote = false)
    {
        var text = CsvFormulaGuard.Guard(value ?? string.Empty);
        return quote || text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }
}
