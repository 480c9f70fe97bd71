using Ariadne.Core.Documents;
using Ariadne.Core.Ingest;
using Ariadne.Store.Ingest;

namespace Ariadne.Analysis.Tests.Ingest;

/// <summary>An in-memory <see cref="IIngestSink"/> with the store's semantics, and a switch to fail like a killed process.</summary>
internal sealed class MemoryIngestSink : IIngestSink
{
    public Dictionary<string, Document> Documents { get; } = [];

    public List<QuarantineRecord> Quarantine { get; } = [];

    public Dictionary<string, IngestFileCheckpoint> Checkpoints { get; } = [];

    public List<IngestRun> Runs { get; } = [];

    /// <summary>Commits allowed before every further commit throws (null: no limit).</summary>
    public int? FailAfterCommits { get; set; }

    public int Commits { get; private set; }

    public Task StartRunAsync(IngestRun run, CancellationToken cancellationToken)
    {
        Runs.Add(run);
        return Task.CompletedTask;
    }

    public Task FinishRunAsync(IngestRun run, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IngestFileCheckpoint?> GetCheckpointAsync(string fileKey, CancellationToken cancellationToken) =>
        Task.FromResult(Checkpoints.TryGetValue(fileKey, out var checkpoint) ? checkpoint : null);

    public Task<BatchCommitResult> CommitBatchAsync(IngestBatch batch, CancellationToken cancellationToken)
    {
        if (FailAfterCommits is { } limit && Commits >= limit)
        {
            throw new IOException("simulated crash");
        }

        Commits++;
        int inserted = 0, duplicates = 0;
        foreach (var document in batch.Documents)
        {
            if (Documents.TryAdd(document.ContentSha256, document))
            {
                inserted++;
            }
            else
            {
                duplicates++;
            }
        }

        Quarantine.AddRange(batch.Quarantined);
        if (batch.Checkpoint is { } checkpoint)
        {
            Checkpoints[checkpoint.FileKey] = checkpoint;
        }

        return Task.FromResult(new BatchCommitResult(inserted, duplicates, batch.Quarantined.Count));
    }
}
