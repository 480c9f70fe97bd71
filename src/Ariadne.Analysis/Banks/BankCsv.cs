using System.Globalization;
using Ariadne.Analysis.Csv;
using Ariadne.Core.Imaging;
using Ariadne.Imaging.Pdq;

namespace Ariadne.Analysis.Banks;

/// <summary>
/// The bank exchange file (docs/data-formats.md, "Hash banks"): CSV with a header, the first two columns named as
/// ThreatExchange/HMA name a signal (<c>signal_type</c>, <c>signal_value</c>), then optional provenance columns.
/// Reading also accepts python-threatexchange's plain signal file (one <c>pdq HEX</c> or bare <c>HEX</c> per line),
/// so lists exported from HMA or the threatexchange CLI import as they are.
/// </summary>
public static class BankCsv
{
    // No header for the parser: the first line may be a python-threatexchange signal instead. Comma only, as the
    // format says, and fields guarded by Write are read back as they were.
    private static readonly CsvTableOptions ReadOptions = new() { HasHeader = false, Separator = ',', UndoFormulaGuard = true };

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
    /// Reads a bank file. Good rows are returned even when others are bad; each bad row (a bad value, a wrong number
    /// of fields, bad quoting) is reported with its line and field and left out. A file that cannot be read as a whole
    /// (no <c>signal_value</c> column, an unclosed quote, a record over the size limit) throws
    /// <see cref="InvalidDataException"/>. A field that <see cref="Write"/> guarded against spreadsheet formulas is read
    /// back as it was.
    /// </summary>
    public static BankCsvReadResult Read(TextReader reader, BankCsvDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(defaults);
        var entries = new List<BankEntry>();
        var errors = new List<BankCsvError>();
        using var records = CsvTableReader.Open(reader, ReadOptions);
        if (Next(records, errors: null) is not { } header)
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
        while (Next(records, errors) is { } record)
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

    /// <summary>
    /// Writes entries with the header line: UTF-8 text, <c>\n</c> line ends, RFC 4180 quoting and the formula guard of
    /// <see cref="CsvTableWriter"/>, since sources, names and reasons come from partners and analysts.
    /// </summary>
    public static void Write(TextWriter writer, IEnumerable<BankEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entries);
        var csv = new CsvTableWriter(writer, newLine: "\n");
        csv.WriteRecord(Columns);
        foreach (var e in entries)
        {
            csv.WriteRecord(
                e.SignalType,
                e.Hash,
                e.Quality?.ToString(CultureInfo.InvariantCulture),
                e.Source,
                e.AddedBy,
                e.Reason,
                e.AddedAtUtc.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
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

    /// <summary>
    /// The next record with the line it starts on, or null at the end. A row with bad quoting is reported and skipped,
    /// or, for the header (<paramref name="errors"/> null), ends the read; so do an unclosed quote, which swallows the
    /// rest of the file, and a parser failure.
    /// </summary>
    private static (int Line, IReadOnlyList<string> Fields)? Next(CsvTableReader records, List<BankCsvError>? errors)
    {
        while (records.Read())
        {
            var line = checked((int)records.Line);
            if (records.RunsToEnd)
            {
                throw new InvalidDataException($"line {line}: a quoted field is never closed; the rest of the file was not read");
            }

            if (records.Problem is { } problem)
            {
                if (errors is null)
                {
                    throw new InvalidDataException($"line {line}: the header row cannot be read: {problem}");
                }

                errors.Add(new BankCsvError(line, null, problem));
                continue;
            }

            return (line, records.Fields());
        }

        return records.Failure is { } failure ? throw new InvalidDataException($"line {failure.Line}: {failure.Reason}") : null;
    }

    private static void ReadPlain((int Line, IReadOnlyList<string> Fields) first, CsvTableReader records, BankCsvDefaults defaults, List<BankEntry> entries, List<BankCsvError> errors)
    {
        for (var record = ((int Line, IReadOnlyList<string> Fields)?)first; record is { } r; record = Next(records, errors))
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

    private static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
}
