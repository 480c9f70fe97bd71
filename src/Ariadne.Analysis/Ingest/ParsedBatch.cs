using Ariadne.Store.Ingest;

namespace Ariadne.Analysis.Ingest;

/// <summary>A batch ready to commit, with what the parsing side counted for the summary and the progress bar.</summary>
internal sealed record ParsedBatch(IngestBatch Batch, long Records, long RepeatedInBatch, long BytesDone, string CurrentFile);
