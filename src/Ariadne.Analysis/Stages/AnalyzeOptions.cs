namespace Ariadne.Analysis.Stages;

/// <summary>How <see cref="AnalyzeService"/> runs.</summary>
public sealed record AnalyzeOptions
{
    /// <summary>Documents read, analysed and committed together.</summary>
    public int BatchSize { get; init; } = 2000;

    /// <summary>Worker threads for extraction and hashing (the store write stays on one thread).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Root of the content-addressed blob store holding the ingested images (the CLI's <c>--blobs</c>). When null
    /// the photo stage is skipped and its documents stay pending for a later run that has the images.
    /// </summary>
    public string? BlobRoot { get; init; }

    /// <summary>
    /// The photo-index snapshot (<see cref="PhotoIndex.PhotoIndexLocation"/>). When set, a run that hashed new photos
    /// brings the snapshot up to date (re-writing it when enough changed), so the next process to search photos
    /// loads it instead of building the index from every stored hash.
    /// </summary>
    public string? PhotoIndexPath { get; init; }

    /// <summary>Run the link stage (networks) after extraction and hashing.</summary>
    public bool Link { get; init; } = true;

    /// <summary>
    /// Link the whole store again instead of only the new documents (which a run does when they are at most
    /// <see cref="LinkStage.IncrementalShare"/> of the linked ones): re-judges earlier hub and text decisions.
    /// </summary>
    public bool Relink { get; init; }

    /// <summary>Linking thresholds (defaults as measured in docs/benchmarks.md).</summary>
    public Ariadne.Linking.LinkOptions LinkOptions { get; init; } = new();
    /// <summary>
    /// Scores documents (indicator hits, calibrated risk) after extraction. When null the scoring stage is skipped
    /// and its documents stay pending for a later run that has a model.
    /// </summary>
    public DocumentScorer? Scorer { get; init; }
}
