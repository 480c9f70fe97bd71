namespace Ariadne.Store.Model;

/// <summary>Table and column names used by hand-written SQL (ingest sinks, search); the model sets the same names.</summary>
public static class StoreSchema
{
    public const string Documents = "documents";
    public const string DocumentImages = "document_images";
    public const string Quarantine = "quarantine";
    public const string TextSignatures = "text_signatures";

    public const string TextPhrases = "text_phrases";
    public const string IngestRuns = "ingest_runs";
    public const string IngestFileCheckpoints = "ingest_file_checkpoints";

    /// <summary>SQLite only: the external-content FTS5 table over documents(title, body).</summary>
    public const string DocumentsFts = "documents_fts";

    /// <summary>PostgreSQL only: the shadow property and stored generated tsvector column.</summary>
    public const string SearchVectorProperty = "SearchVector";
    public const string SearchVectorColumn = "search_vector";
}
