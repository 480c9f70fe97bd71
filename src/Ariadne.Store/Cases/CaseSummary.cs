using Ariadne.Core.Cases;

namespace Ariadne.Store.Cases;

/// <summary>A case as listed: the case and how much it holds.</summary>
public sealed record CaseSummary(Case Case, int Members, int Items, int Evidence, int OpenTasks);
