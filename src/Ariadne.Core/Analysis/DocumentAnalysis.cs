namespace Ariadne.Core.Analysis;

/// <summary>
/// Records that one analysis stage (e.g. <c>extract</c>) has processed a document with a given version of its
/// logic. <c>ariadne analyze</c> works only on documents without a row for the current version, which makes it
/// incremental, and re-running a stage after its logic changes re-processes exactly the stale documents.
/// </summary>
public sealed class DocumentAnalysis
{
    public required string DocumentId { get; init; }

    /// <summary>Stage name: <c>extract</c>, later <c>score</c>, <c>hash</c>, <c>link</c>.</summary>
    public required string Stage { get; init; }

    /// <summary>Version of the stage's logic that produced the stored results.</summary>
    public int Version { get; set; }

    public DateTimeOffset AnalyzedAtUtc { get; set; }
}
