namespace Ariadne.Analysis.Ingest;

/// <summary>
/// Turns an input file into documents and rejections, one record at a time, in bounded memory. A reader never
/// throws for bad input: every record ends as a document or a rejection. It throws only for I/O failures and
/// cancellation.
/// </summary>
public interface IRecordReader
{
    /// <summary>The raw format name stored with each document: <c>jsonl</c>, <c>csv</c> or <c>html</c>.</summary>
    string Format { get; }

    /// <summary>
    /// Reads records from <paramref name="input"/>. When <see cref="RecordReadContext.StartOffset"/> is not 0 the
    /// stream must be seekable and the reader seeks there itself.
    /// </summary>
    IEnumerable<IngestRecord> Read(Stream input, RecordReadContext context, CancellationToken cancellationToken);
}
