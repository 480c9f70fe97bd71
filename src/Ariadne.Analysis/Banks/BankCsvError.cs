namespace Ariadne.Analysis.Banks;

/// <summary>A row of a bank file that was not imported: its 1-based line, the field at fault (if one) and why.</summary>
public sealed record BankCsvError(int Line, string? Field, string Message)
{
    public override string ToString() => Field is null ? $"line {Line}: {Message}" : $"line {Line}, field '{Field}': {Message}";
}
