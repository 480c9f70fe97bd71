using Ariadne.Core.Ingest;

namespace Ariadne.Store.Ingest;

/// <summary>The store side of ingest: batched, idempotent, resumable writes.</summary>
public interface IIngestSink
{
    /// <summary>Records the start of a run.</summary>
    Task StartRunAsync(IngestRun run, CancellationToken cancellationToken);

    /// <summary>Updates the counts and status of a run.</summary>
    Task FinishRunAsync(IngestRun run, CancellationToken cancellationToken);

    /// <summary>The committed position in a file version, or null when it was never read.</summary>
    Task<IngestFileCheckpoint?> GetCheckpointAsync(string fileKey, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the batch in one transaction. Documents whose <c>ContentSha256</c> already exists are skipped,
    /// so committing the same batch twice adds nothing.
    /// </summary>
    Task<BatchCommitResult> CommitBatchAsync(IngestBatch batch, CancellationToken cancellationToken);
}
