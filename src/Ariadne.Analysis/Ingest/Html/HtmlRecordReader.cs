namespace Ariadne.Analysis.Ingest.Html;

/// <summary>
/// Reads one HTML page as one document (<c>.html</c>, <c>.htm</c>). The raw payload is the file's bytes; the id is the
/// canonical URL when the page names one, else the file name.
/// </summary>
public sealed class HtmlRecordReader : IRecordReader
{
    /// <summary>Pages are parsed whole; 20 MiB is far beyond any saved ad and keeps a wrong file from filling memory.</summary>
    public const int DefaultMaxFileBytes = 20 * 1024 * 1024;

    private readonly int _maxFileBytes;

    public HtmlRecordReader(int maxFileBytes = DefaultMaxFileBytes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxFileBytes);
        _maxFileBytes = maxFileBytes;
    }

    public string Format => "html";

    public IEnumerable<IngestRecord> Read(Stream input, RecordReadContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        return ReadIterator(input, context, cancellationToken);
    }

    private IEnumerable<IngestRecord> ReadIterator(Stream input, RecordReadContext context, CancellationToken cancellationToken)
    {
        // A page is a single record: once its offset was committed there is nothing left to read.
        if (context.StartOffset > 0)
        {
            yield break;
        }

        cancellationToken.ThrowIfCancellationRequested();
        yield return ReadPage(input, context);
    }

    private IngestRecord ReadPage(Stream input, RecordReadContext context)
    {
        var buffer = new byte[(int)Math.Min(_maxFileBytes + 1L, input.CanSeek ? input.Length + 1 : _maxFileBytes + 1L)];
        var read = input.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        if (read > _maxFileBytes)
        {
            var length = input.CanSeek ? input.Length : read + Drain(input);
            var rejection = IngestRejection.Create(0, $"file is larger than the HTML limit of {_maxFileBytes:N0} bytes", buffer.AsSpan(0, IngestRejection.MaxRawBytes));
            return IngestRecord.Rejected(rejection, length, 0);
        }

        var page = buffer.AsSpan(0, read).ToArray();
        string? reason;
        try
        {
            var fields = HtmlPageExtractor.Extract(page, Path.GetFileName(context.OriginFile));
            if (string.IsNullOrWhiteSpace(fields.Text))
            {
                reason = "page has no text (field 'text' is empty)";
            }
            else
            {
                reason = DocumentFactory.TryCreate(fields, page, Format, context, 0, out var document);
                if (reason is null)
                {
                    return IngestRecord.Parsed(document!, 0, read, 0);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            reason = $"the HTML page could not be parsed: {ex.Message}";
        }

        return IngestRecord.Rejected(IngestRejection.Create(0, reason, page), read, 0);
    }

    private static long Drain(Stream input)
    {
        var scratch = new byte[81920];
        long total = 0;
        int n;
        while ((n = input.Read(scratch)) > 0)
        {
            total += n;
        }

        return total;
    }
}
