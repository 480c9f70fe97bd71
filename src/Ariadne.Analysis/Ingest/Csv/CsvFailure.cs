namespace Ariadne.Analysis.Ingest.Csv;

/// <summary>A parse failure the CSV parser cannot continue after (a record over the size limit, say).</summary>
internal sealed record CsvFailure(long Line, string Reason, byte[] Raw);
