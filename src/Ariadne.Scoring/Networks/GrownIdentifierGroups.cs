using Ariadne.Scoring.Corpus;

namespace Ariadne.Scoring.Networks;

/// <summary>
/// Which already-scored documents a batch of new ones makes stale. Network features (ads, cities, names and ages
/// per identifier) of a document change when a new ad joins one of its identifier groups: an old ad whose phone
/// has just turned up in five more cities must be scored again, or the review queue keeps its old, lower risk.
/// </summary>
public static class GrownIdentifierGroups
{
    /// <summary>
    /// Groups above this size are not followed: they are platform numbers, agency boilerplate or similar hubs,
    /// whose features are already at their highest, and one more ad would re-score thousands of documents for a
    /// change of a fraction of a percent.
    /// </summary>
    public const int DefaultGroupCap = 1_000;

    /// <summary>
    /// Ids (ordinal order) of the documents not in <paramref name="pending"/> that share an identifier with a
    /// pending document, through groups of at most <paramref name="groupCap"/> documents. <paramref name="documents"/>
    /// must hold every document of each pending document's identifier groups (the whole store, or the pending
    /// documents' identifier neighbourhood).
    /// </summary>
    public static IReadOnlyList<string> StaleNeighbours(IReadOnlyList<ScoringDocument> documents, IReadOnlySet<string> pending, int groupCap = DefaultGroupCap)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(groupCap);

        var grown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (pending.Contains(document.Id))
            {
                grown.UnionWith(IdentifierNetworkFeatureSource.IdentifiersOf(document));
            }
        }

        if (grown.Count == 0)
        {
            return [];
        }

        var members = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var key in IdentifierNetworkFeatureSource.IdentifiersOf(document).Distinct(StringComparer.Ordinal))
            {
                if (!grown.Contains(key))
                {
                    continue;
                }

                sizes[key] = sizes.GetValueOrDefault(key) + 1;
                if (!pending.Contains(document.Id))
                {
                    (members.TryGetValue(key, out var list) ? list : members[key] = []).Add(document.Id);
                }
            }
        }

        var stale = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, ids) in members)
        {
            if (sizes[key] <= groupCap)
            {
                stale.UnionWith(ids);
            }
        }

        return [.. stale.Order(StringComparer.Ordinal)];
    }
}
