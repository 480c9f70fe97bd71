using Ariadne.Core.Documents;
using Ariadne.Core.Ingest;

namespace Ariadne.Store.Ingest;

/// <summary>
/// What one ingest transaction commits: parsed documents, quarantined records and the file checkpoint that
/// covers exactly these records. All three are written atomically.
/// </summary>
public sealed class IngestBatch
{
    public required string RunId { get; init; }

    public List<Document> Documents { get; } = [];

    public List<QuarantineRecord> Quarantined { get; } = [];

    /// <summary>Checkpoint after the last record in the batch; null for inputs that cannot be resumed (stdin, uploads).</summary>
    public IngestFileCheckpoint? Checkpoint { get; set; }
}
