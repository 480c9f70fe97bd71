namespace Ariadne.Web.Import;

/// <summary>Where an import is: ingesting the upload, analysing the new documents, finished or failed.</summary>
public enum ImportState
{
    Ingesting,
    Analysing,
    Done,
    Failed,
}
