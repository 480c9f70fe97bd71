namespace Ariadne.Analysis.Csv;

/// <summary>
/// The spreadsheet-formula guard of <see cref="CsvTableWriter"/> and its inverse for <see cref="CsvTableReader"/>,
/// kept together so the two cannot drift apart. A field that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab
/// or CR is one a spreadsheet may run as a formula (CSV injection, OWASP); a leading single quote makes Excel and
/// LibreOffice show it as text. A field that already starts with single quotes followed by one of those characters
/// gets one more quote too (a spreadsheet shows it as it was), so that taking one quote away on reading gives back
/// exactly what was written.
/// </summary>
internal static class CsvFormulaGuard
{
    public const char Mark = '\'';

    public static string Guard(string value) => NeedsMark(value) ? Mark + value : value;

    /// <summary>Undoes <see cref="Guard"/>: a field it marked loses its first single quote; any other is unchanged.</summary>
    public static string Unguard(string value) => value.Length > 1 && value[0] == Mark && NeedsMark(value.AsSpan(1)) ? value[1..] : value;

    private static bool NeedsMark(ReadOnlySpan<char> value)
    {
        var rest = value.TrimStart(Mark);
        return rest.Length > 0 && rest[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
