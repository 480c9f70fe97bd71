namespace Ariadne.Analysis.Banks;

/// <summary>Provenance used for rows whose file leaves a column out or empty.</summary>
public sealed record BankCsvDefaults
{
    public string? Source { get; init; }

    public string? AddedBy { get; init; }

    public string? Reason { get; init; }

    /// <summary>Time recorded for rows without <c>added_at</c>.</summary>
    public DateTimeOffset AddedAtUtc { get; init; }
}
