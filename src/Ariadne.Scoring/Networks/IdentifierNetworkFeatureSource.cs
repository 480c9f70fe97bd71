using Ariadne.Core.Entities;
using Ariadne.Scoring.Corpus;

namespace Ariadne.Scoring.Networks;

/// <summary>
/// Network features from co-occurring identifiers: documents that share a phone, email, handle or wallet are
/// grouped, and each document gets the largest group's ad count, the number of cities its identifiers appear in
/// within 30 days, and the number of different names and ages advertised with them. Movement across cities counts
/// here, as a network signal, never as wording (see rules/README.md).
/// </summary>
public sealed class IdentifierNetworkFeatureSource : INetworkFeatureSource
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    private readonly Dictionary<string, NetworkFeatures> _features;

    public IdentifierNetworkFeatureSource(IReadOnlyList<ScoringDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            foreach (var key in IdentifiersOf(documents[i]))
            {
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                }

                if (members.Count == 0 || members[^1] != i)
                {
                    members.Add(i);
                }
            }
        }

        var best = new NetworkFeatures[documents.Count];
        foreach (var members in groups.Values)
        {
            if (members.Count < 2)
            {
                continue;
            }

            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var ages = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in members)
            {
                foreach (var e in documents[m].Entities)
                {
                    if (e.Type == EntityType.Name)
                    {
                        names.Add(e.Value);
                    }
                    else if (e.Type == EntityType.Age)
                    {
                        ages.Add(e.Value);
                    }
                }
            }

            var cities = CitiesWithinWindow(documents, members);
            for (var k = 0; k < members.Count; k++)
            {
                var m = members[k];
                var f = best[m];
                best[m] = new NetworkFeatures(
                    Math.Max(f.AdsPerIdentifier, members.Count),
                    Math.Max(f.CitiesPerIdentifier30Days, cities[k]),
                    Math.Max(f.NamesPerIdentifier, names.Count),
                    Math.Max(f.AgesPerIdentifier, ages.Count),
                    f.SharedIdentifiers + 1);
            }
        }

        _features = new Dictionary<string, NetworkFeatures>(documents.Count, StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
        {
            _features[documents[i].Id] = best[i];
        }
    }

    public NetworkFeatures Get(string documentId) => _features.TryGetValue(documentId, out var f) ? f : default;

    /// <summary>The identifiers that link documents: phone, email, handle and wallet values, typed so they never collide.</summary>
    public static IEnumerable<string> IdentifiersOf(ScoringDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        foreach (var e in document.Entities)
        {
            if (e.Type is EntityType.Phone or EntityType.Email or EntityType.Handle or EntityType.Crypto)
            {
                yield return ((int)e.Type).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + e.Value;
            }
        }
    }

    /// <summary>Where a document is: the location it was posted under, else the first city in its text.</summary>
    public static string? PlaceOf(ScoringDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!string.IsNullOrWhiteSpace(document.Location))
        {
            return document.Location.Trim().ToUpperInvariant();
        }

        foreach (var e in document.Entities)
        {
            if (e.Type == EntityType.Location)
            {
                return e.Value.ToUpperInvariant();
            }
        }

        return null;
    }

    // Distinct places among the group's documents within ±30 days of each member: a sliding window over the
    // members in time order, so a hub phone with many ads costs O(n log n), not O(n²).
    private static int[] CitiesWithinWindow(IReadOnlyList<ScoringDocument> documents, List<int> members)
    {
        var order = members.Select((m, k) => (Time: documents[m].PostedUtc ?? DateTimeOffset.MinValue, K: k, Place: PlaceOf(documents[m])))
            .OrderBy(x => x.Time).ThenBy(x => x.K).ToArray();
        var result = new int[members.Count];
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int lo = 0, hi = 0;
        for (var i = 0; i < order.Length; i++)
        {
            var t = order[i].Time;
            while (hi < order.Length && (order[hi].Time == DateTimeOffset.MinValue || t == DateTimeOffset.MinValue || order[hi].Time - t <= Window))
            {
                if (order[hi].Place is { } p)
                {
                    counts[p] = counts.GetValueOrDefault(p) + 1;
                }

                hi++;
            }

            while (lo < i && t != DateTimeOffset.MinValue && order[lo].Time != DateTimeOffset.MinValue && t - order[lo].Time > Window)
            {
                if (order[lo].Place is { } p && --counts[p] == 0)
                {
                    counts.Remove(p);
                }

                lo++;
            }

            result[order[i].K] = counts.Count;
        }

        return result;
    }
}
