namespace Ariadne.Analysis.Ingest;

/// <summary>Where an ingest run is, for a progress bar. Reported after every committed batch.</summary>
/// <param name="BytesDone">Bytes of input committed (files skipped as already ingested count as done).</param>
/// <param name="BytesTotal">Bytes of all supported input files.</param>
/// <param name="Records">Records read so far in this run.</param>
/// <param name="CurrentFile">The file being read, if any.</param>
public readonly record struct IngestProgress(long BytesDone, long BytesTotal, long Records, string? CurrentFile);
