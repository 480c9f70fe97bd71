namespace Ariadne.Pipeline.Exports;

/// <summary>
/// RFC 4180 cells (quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF between records) with a guard
/// against CSV injection: a cell starting with = + - @ (or tab/CR, which some spreadsheets skip before a formula) gets a
/// leading single quote, so a spreadsheet shows it as text instead of running it.
/// </summary>
public static class CsvCells
{
    public const string RecordEnd = "\r\n";

    public static string Cell(string? value, bool guardFormulas = true)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (guardFormulas && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>One record: the cells joined by commas, ended by CRLF.</summary>
    public static void WriteRecord(TextWriter writer, IEnumerable<string?> values, bool guardFormulas = true)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(values);
        writer.Write(string.Join(',', values.Select(v => Cell(v, guardFormulas))));
        writer.Write(RecordEnd);
    }
}
