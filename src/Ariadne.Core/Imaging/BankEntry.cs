namespace Ariadne.Core.Imaging;

/// <summary>One hash in a <see cref="HashBank"/>, with where it came from and why it was added.</summary>
public sealed class BankEntry
{
    /// <summary>The only signal type stored today; the name python-threatexchange and HMA use for PDQ.</summary>
    public const string PdqSignalType = "pdq";

    public long Id { get; set; }

    public long BankId { get; set; }

    /// <summary>Signal type in ThreatExchange/HMA naming (<c>pdq</c>).</summary>
    public string SignalType { get; set; } = PdqSignalType;

    /// <summary>The hash as 64 lower-case hex digits (the reference's text form).</summary>
    public required string Hash { get; set; }

    /// <summary>PDQ quality 0–100 when the source gave it; hashes of quality ≤ 49 are unreliable for matching.</summary>
    public int? Quality { get; set; }

    /// <summary>Who supplied the hash (a partner, an exchange, a case).</summary>
    public string? Source { get; set; }

    public string? AddedBy { get; set; }

    public string? Reason { get; set; }

    public DateTimeOffset AddedAtUtc { get; set; }
}
