namespace Ariadne.Analysis.Ingest;

/// <summary>The fields of the Document JSONL contract, which CSV columns are mapped to.</summary>
internal enum DocumentField
{
    Id,
    Kind,
    Source,
    Url,
    Title,
    Text,
    PostedAt,
    Location,
    Country,
    Author,
    Images,
    Language,
}
