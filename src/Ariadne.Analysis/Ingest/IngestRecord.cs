using Ariadne.Core.Documents;

namespace Ariadne.Analysis.Ingest;

/// <summary>
/// What a reader yields for one input record: either a parsed <see cref="Document"/> or an
/// <see cref="IngestRejection"/>, plus the position just after the record so ingest can checkpoint and resume.
/// </summary>
public readonly record struct IngestRecord
{
    /// <summary>The parsed document; null when the record was rejected.</summary>
    public Document? Document { get; init; }

    /// <summary>Why the record was rejected; null when it was parsed.</summary>
    public IngestRejection? Rejection { get; init; }

    /// <summary>1-based line where the record starts (0 for whole-file records such as an HTML page).</summary>
    public long Line { get; init; }

    /// <summary>Byte offset in the file just after the record: a read started here continues with the next one.</summary>
    public long EndOffset { get; init; }

    /// <summary>Lines consumed up to <see cref="EndOffset"/>: a resumed read numbers the next line <c>EndLine + 1</c>.</summary>
    public long EndLine { get; init; }

    public static IngestRecord Parsed(Document document, long line, long endOffset, long endLine) =>
        new() { Document = document, Line = line, EndOffset = endOffset, EndLine = endLine };

    public static IngestRecord Rejected(IngestRejection rejection, long endOffset, long endLine) =>
        new() { Rejection = rejection, Line = rejection.Line, EndOffset = endOffset, EndLine = endLine };
}
