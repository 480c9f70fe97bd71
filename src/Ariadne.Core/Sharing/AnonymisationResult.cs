namespace Ariadne.Core.Sharing;

/// <summary>The k-anonymous rows (sorted, so input order leaks nothing) and the report.</summary>
public sealed record AnonymisationResult(IReadOnlyList<SharedRecord> Records, AnonymisationReport Report);
