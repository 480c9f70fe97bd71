namespace Ariadne.Extraction.Jsonl;

/// <summary>What <see cref="JsonlExtraction"/> did: lines read, lines answered with an error, entities written.</summary>
public sealed record JsonlExtractionSummary(long Lines, long Errors, long Entities);
