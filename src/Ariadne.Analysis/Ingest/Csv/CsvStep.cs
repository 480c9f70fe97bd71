namespace Ariadne.Analysis.Ingest.Csv;

/// <summary>What <see cref="CsvCursor.Next"/> found: a row, the end of the input, or a failure that ends the file.</summary>
internal readonly record struct CsvStep(CsvRow? Row, CsvFailure? Failure);
