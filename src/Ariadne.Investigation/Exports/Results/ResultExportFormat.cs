namespace Ariadne.Investigation.Exports.Results;

/// <summary>The two forms a result list is exported in: a spreadsheet's CSV, and JSON Lines for scripts.</summary>
public enum ResultExportFormat
{
    Csv,
    Jsonl,
}
