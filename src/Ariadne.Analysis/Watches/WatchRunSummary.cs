namespace Ariadne.Analysis.Watches;

/// <summary>What one evaluation of the watches did.</summary>
/// <param name="Documents">New documents evaluated (and marked, so no later run evaluates them again).</param>
/// <param name="Waiting">New documents left for a later run because extraction or, with network watches, linking has not reached them.</param>
/// <param name="Watches">Watches evaluated.</param>
/// <param name="NewMatches">Matches recorded in this run.</param>
public sealed record WatchRunSummary(long Documents, long Waiting, int Watches, long NewMatches);
