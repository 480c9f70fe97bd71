namespace Ariadne.Analysis.Csv;

/// <summary>
/// Why <see cref="CsvTableReader"/> stopped before the end of the input (a record over the size limit, input that is
/// not text): the line it concerns, the byte offset of the problem (-1 when unknown) and a sentence for the user.
/// </summary>
public sealed record CsvReadFailure(long Line, long ByteOffset, string Reason);
