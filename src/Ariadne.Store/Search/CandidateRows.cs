namespace Ariadne.Store.Search;

/// <summary>
/// A query for the rowids of a filter's candidate documents (written into any command by its parameter adder), how
/// many there are up to <see cref="DocumentSearcher.DriverCap"/>, and whether they are exactly the matches or a
/// superset that the full predicate must still test.
/// </summary>
internal sealed record CandidateRows(Func<Func<object, string>, string> Rows, long Count, bool Exact);
