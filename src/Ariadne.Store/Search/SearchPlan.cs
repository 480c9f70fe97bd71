namespace Ariadne.Store.Search;

/// <summary>
/// A search made ready to run: the parsed text (top-level field filters moved into <see cref="Query"/>, where the
/// ordered indexes serve them), the driver, and the text's candidates when the searcher picks the plan.
/// </summary>
internal sealed record SearchPlan(DocumentSearchQuery Query, SearchNode? Text, SearchDriver Driver, CandidateRows? TextRows);
