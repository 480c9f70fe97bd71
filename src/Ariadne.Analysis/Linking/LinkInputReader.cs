using Ariadne.Analysis.Ingest;
using Ariadne.Analysis.Ingest.Jsonl;
using Ariadne.Core.Documents;

namespace Ariadne.Analysis.Linking;

/// <summary>
/// Reads the document JSONL contract for <c>ariadne link</c>: every line needs an <c>id</c> and a <c>text</c>; a bad
/// line becomes a <see cref="LinkInputError"/> naming its line and the rest of the file is still read.
/// </summary>
public static class LinkInputReader
{
    private const int MaxLineBytes = 16 << 20;

    public static (List<LinkInputRecord> Records, List<LinkInputError> Errors) Read(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, folder, cancellationToken);
    }

    public static (List<LinkInputRecord> Records, List<LinkInputError> Errors) Read(Stream stream, string imageFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var records = new List<LinkInputRecord>();
        var errors = new List<LinkInputError>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        using var splitter = new LineSplitter(stream, 0, MaxLineBytes);
        long line = 0;
        while (splitter.TryReadLine(out var bytes, out _, out var tooLong))
        {
            line++;
            if ((line & 0x3FFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (tooLong)
            {
                errors.Add(new LinkInputError(line, null, $"line is longer than {MaxLineBytes} bytes"));
                continue;
            }

            var span = bytes.Span.TrimEnd((byte)'\r');
            if (span.IsEmpty || span.Trim(" \t"u8).IsEmpty)
            {
                continue;
            }

            var fields = new RecordFields();
            var reason = JsonlLineParser.Parse(span, fields);
            if (reason is null && string.IsNullOrWhiteSpace(fields.Id))
            {
                reason = "field 'id' is missing or empty";
            }

            if (reason is null && fields.Text is null)
            {
                reason = "field 'text' is missing";
            }

            if (reason is null && !ids.Add(fields.Id!))
            {
                reason = $"id '{fields.Id}' appears twice (first kept)";
            }

            if (reason is not null)
            {
                errors.Add(new LinkInputError(line, fields.Id, reason));
                continue;
            }

            DateTimeOffset? posted = PostedAtParser.TryParse(fields.PostedAt, fields.Country, out var utc) ? utc : null;
            var images = fields.Images.Count == 0 ? [] : fields.Images.Select(p => Path.IsPathRooted(p) ? p : Path.Combine(imageFolder, p)).ToArray();
            records.Add(new LinkInputRecord(line, fields.Id!, fields.Text!, fields.Country, fields.Location, posted, images) { Title = fields.Title });
        }

        return (records, errors);
    }
}
