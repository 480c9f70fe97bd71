namespace Ariadne.Store.Ingest;

/// <summary>Counts from committing one <see cref="IngestBatch"/>.</summary>
/// <param name="Inserted">Documents that were new.</param>
/// <param name="Duplicates">Documents whose content hash was already stored (skipped, not an error).</param>
/// <param name="Quarantined">Quarantine records written.</param>
public readonly record struct BatchCommitResult(int Inserted, int Duplicates, int Quarantined);
