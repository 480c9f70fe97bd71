using Ariadne.Scoring.Rules;

namespace Ariadne.Analysis.Scoring;

/// <summary>
/// The indicator categories a stored hit can have, for pickers such as the review queue's filter: the web app sees
/// the scoring engine only through this layer.
/// </summary>
public static class IndicatorCategoryNames
{
    public static IReadOnlyList<string> All { get; } = [.. RuleCategories.All.Order(StringComparer.Ordinal)];
}
