namespace Ariadne.Analysis.Ingest;

/// <summary>A file ingest did not read, and why (unsupported extension, unreadable).</summary>
public sealed record SkippedFile(string Path, string Reason);
