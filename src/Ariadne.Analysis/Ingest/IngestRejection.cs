namespace Ariadne.Analysis.Ingest;

/// <summary>A record a reader could not turn into a document.</summary>
/// <param name="Line">1-based line of the record (0 when the whole file was rejected).</param>
/// <param name="Reason">What is wrong, naming the field when there is one.</param>
/// <param name="Raw">The offending bytes, at most <see cref="MaxRawBytes"/> of them.</param>
public sealed record IngestRejection(long Line, string Reason, byte[] Raw)
{
    /// <summary>Enough to show a person what the record looked like, small enough to quarantine millions.</summary>
    public const int MaxRawBytes = 4096;

    /// <summary>Creates a rejection keeping at most <see cref="MaxRawBytes"/> of <paramref name="raw"/>.</summary>
    public static IngestRejection Create(long line, string reason, ReadOnlySpan<byte> raw) =>
        new(line, reason, raw.Length > MaxRawBytes ? raw[..MaxRawBytes].ToArray() : raw.ToArray());
}
