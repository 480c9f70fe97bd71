namespace Ariadne.Core.Ingest;

/// <summary>The stored states of an import job (lower-case words, as written to the store).</summary>
public static class ImportJobStatus
{
    public const string Ingesting = "ingesting";
    public const string Analysing = "analysing";
    public const string Done = "done";
    public const string Failed = "failed";

    /// <summary>The server stopped while the job was running; it is not resumed (the upload copy is gone).</summary>
    public const string Interrupted = "interrupted";

    /// <summary>States of a job still running, which a restart turns into <see cref="Interrupted"/>.</summary>
    public static IReadOnlyList<string> Running { get; } = [Ingesting, Analysing];
}
