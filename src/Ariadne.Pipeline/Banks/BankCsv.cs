using System.Globalization;
using System.Text;
using Ariadne.Core.Imaging;
using Ariadne.Imaging.Pdq;

namespace Ariadne.Pipeline.Banks;

/// <summary>
/// The bank exchange file (docs/data-formats.md, "Hash banks"): CSV with a header, the first two columns named as
/// ThreatExchange/HMA name a signal (<c>signal_type</c>, <c>signal_value</c>), then optional provenance columns.
/// Reading also accepts python-threatexchange's plain signal file (one <c>pdq HEX</c> or bare <c>HEX</c> per line),
/// so lists exported from HMA or the threatexchange CLI import as they are.
/// </summary>
public static class BankCsv
{
    public const string SignalType = "signal_type";
    public const string SignalValue = "signal_value";
    public const string Quality = "quality";
    public const string Source = "source";
    public const string AddedBy = "added_by";
    public const string Reason = "reason";
    public const string AddedAt = "added_at";

    /// <summary>The columns <see cref="Write"/> emits, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = [SignalType, SignalValue, Quality, Source, AddedBy, Reason, AddedAt];

    /// <summary>
    /// Reads a bank file. Good rows are returned even when others are bad; each bad row is reported with its line
    /// and field. A file that cannot be read as a whole (no <c>signal_value</c> column, an unclosed quote) throws
    /// <see cref="InvalidDataException"/>.
    /// </summary>
    public static BankCsvReadResult Read(TextReader reader, BankCsvDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(defaults);
        var entries = new List<BankEntry>();
        var errors = new List<BankCsvError>();
        var records = new CsvRecordReader(reader);
        if (records.Read() is not { } header)
        {
            return new BankCsvReadResult(entries, errors);
        }

        var columns = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF').ToLowerInvariant()).ToList();
        if (!columns.Contains(SignalValue))
        {
            if (header.Fields.Count == 1 && IsPlainSignalLine(header.Fields[0]))
            {
                ReadPlain(header, records, defaults, entries, errors);
                return new BankCsvReadResult(entries, errors);
            }

            throw new InvalidDataException($"line {header.Line}: the header has no '{SignalValue}' column (expected {string.Join(",", Columns)})");
        }

        var at = Columns.ToDictionary(c => c, c => columns.IndexOf(c), StringComparer.Ordinal);
        while (records.Read() is { } record)
        {
            if (record.Fields.Count != columns.Count)
            {
                errors.Add(new BankCsvError(record.Line, null, $"row has {record.Fields.Count} fields but the header has {columns.Count}"));
                continue;
            }

            string? Cell(string name) => at[name] < 0 || record.Fields[at[name]].Trim().Length == 0 ? null : record.Fields[at[name]].Trim();
            var entry = ParseRow(record.Line, Cell(SignalType), Cell(SignalValue), Cell(Quality), Cell(AddedAt), errors, defaults);
            if (entry is not null)
            {
                entry.Source = Cell(Source) ?? defaults.Source;
                entry.AddedBy = Cell(AddedBy) ?? defaults.AddedBy;
                entry.Reason = Cell(Reason) ?? defaults.Reason;
                entries.Add(entry);
            }
        }

        return new BankCsvReadResult(entries, errors);
    }

    /// <summary>Writes entries with the header line; UTF-8 text, <c>\n</c> line ends, RFC 4180 quoting.</summary>
    public static void Write(TextWriter writer, IEnumerable<BankEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        writer.Write(string.Join(",", Columns));
        writer.Write('\n');
        foreach (var e in entries)
        {
            writer.Write(string.Join(",",
                Quote(e.SignalType),
                e.Hash,
                e.Quality?.ToString(CultureInfo.InvariantCulture) ?? "",
                Quote(e.Source),
                Quote(e.AddedBy),
                Quote(e.Reason),
                e.AddedAtUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)));
            writer.Write('\n');
        }
    }

    private static BankEntry? ParseRow(int line, string? type, string? value, string? quality, string? addedAt, List<BankCsvError> errors, BankCsvDefaults defaults)
    {
        type ??= BankEntry.PdqSignalType;
        if (!string.Equals(type, BankEntry.PdqSignalType, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(new BankCsvError(line, SignalType, $"unsupported signal type '{type}' (only '{BankEntry.PdqSignalType}' is supported)"));
            return null;
        }

        if (value is null)
        {
            errors.Add(new BankCsvError(line, SignalValue, "is empty"));
            return null;
        }

        if (!PdqHash.TryParse(value, out var hash))
        {
            errors.Add(new BankCsvError(line, SignalValue, $"'{Shorten(value)}' is not a PDQ hash (expected 64 hex digits)"));
            return null;
        }

        int? q = null;
        if (quality is not null)
        {
            if (!int.TryParse(quality, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) || parsed > 100)
            {
                errors.Add(new BankCsvError(line, Quality, $"'{Shorten(quality)}' is not a whole number from 0 to 100"));
                return null;
            }

            q = parsed;
        }

        var when = defaults.AddedAtUtc;
        if (addedAt is not null)
        {
            if (!DateTimeOffset.TryParse(addedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out when))
            {
                errors.Add(new BankCsvError(line, AddedAt, $"'{Shorten(addedAt)}' is not a date and time (expected ISO 8601, e.g. 2026-03-01T12:00:00Z)"));
                return null;
            }
        }

        return new BankEntry { SignalType = BankEntry.PdqSignalType, Hash = hash.ToString(), Quality = q, AddedAtUtc = when };
    }

    // python-threatexchange's LocalFileSignalExchangeAPI: "SIGNAL_TYPE SIGNAL" per line, or the bare signal.
    private static bool IsPlainSignalLine(string line)
    {
        var parts = line.Trim().TrimStart('\uFEFF').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length switch
        {
            1 => PdqHash.TryParse(parts[0], out _),
            2 => PdqHash.TryParse(parts[1], out _) || string.Equals(parts[0], BankEntry.PdqSignalType, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static void ReadPlain((int Line, List<string> Fields) first, CsvRecordReader records, BankCsvDefaults defaults, List<BankEntry> entries, List<BankCsvError> errors)
    {
        for (var record = ((int Line, List<string> Fields)?)first; record is { } r; record = records.Read())
        {
            if (r.Fields.Count != 1)
            {
                errors.Add(new BankCsvError(r.Line, null, "expected 'pdq HASH' or a bare hash on the line"));
                continue;
            }

            var parts = r.Fields[0].Trim().TrimStart('\uFEFF').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var (type, value) = parts.Length switch
            {
                1 => (null, parts[0]),
                2 => (parts[0], parts[1]),
                _ => ("", ""),
            };
            if (parts.Length is 0 or > 2)
            {
                errors.Add(new BankCsvError(r.Line, null, "expected 'pdq HASH' or a bare hash on the line"));
                continue;
            }

            var entry = ParseRow(r.Line, type, value, null, null, errors, defaults);
            if (entry is not null)
            {
                entry.Source = defaults.Source;
                entry.AddedBy = defaults.AddedBy;
                entry.Reason = defaults.Reason;
                entries.Add(entry);
            }
        }
    }

    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
}
