using Ariadne.Core.Ingest;

namespace Ariadne.Analysis.Ingest;

/// <summary>One input file as planned before reading: its reader, version key and committed checkpoint.</summary>
internal sealed record IngestFilePlan(string Path, long Length, string FileKey, IRecordReader Reader, IngestFileCheckpoint? Checkpoint);
