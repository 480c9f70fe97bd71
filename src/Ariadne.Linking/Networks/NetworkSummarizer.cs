using Ariadne.Linking.Graph;

namespace Ariadne.Linking.Networks;

/// <summary>Summarises a network from its member documents and the edges that joined them.</summary>
public static class NetworkSummarizer
{
    /// <param name="ordinals">The linked-list ordinal of each member (the ordinals the edges use), so edge-based indicators can find their documents.</param>
    public static NetworkSummary Summarize(IReadOnlyList<LinkDocument> members, IReadOnlyCollection<LinkEdge> edges, IReadOnlyList<int>? ordinals = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(edges);
        Dictionary<int, int>? memberOf = null;
        if (ordinals is not null)
        {
            memberOf = new Dictionary<int, int>(ordinals.Count);
            for (var i = 0; i < ordinals.Count; i++)
            {
                memberOf[ordinals[i]] = i;
            }
        }

        var identifiers = new HashSet<LinkIdentifier>();
        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var ages = new SortedSet<int>();
        var cities = new SortedSet<string>(StringComparer.Ordinal);
        DateTimeOffset? first = null, last = null;
        foreach (var doc in members)
        {
            foreach (var identifier in doc.Identifiers)
            {
                identifiers.Add(identifier);
            }

            names.UnionWith(doc.Names);
            ages.UnionWith(doc.Ages);
            cities.UnionWith(doc.Cities);
            if (doc.PostedUtc is { } t)
            {
                first = first is null || t < first ? t : first;
                last = last is null || t > last ? t : last;
            }
        }

        var byKind = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            var name = LinkKinds.Name(edge.Kind);
            byKind[name] = byKind.GetValueOrDefault(name) + 1;
        }

        return new NetworkSummary
        {
            Ads = members.Count,
            Phones = identifiers.Count(i => i.Kind == LinkKind.Phone),
            Emails = identifiers.Count(i => i.Kind == LinkKind.Email),
            Handles = identifiers.Count(i => i.Kind == LinkKind.Handle),
            Wallets = identifiers.Count(i => i.Kind == LinkKind.Wallet),
            Photos = identifiers.Count(i => i.Kind == LinkKind.Photo),
            Names = [.. names],
            Ages = [.. ages],
            Cities = [.. cities],
            FirstSeenUtc = first,
            LastSeenUtc = last,
            Movement = Movement(members),
            EdgesByKind = byKind,
            Indicators = NetworkIndicators.Compute(members, edges, memberOf),
        };
    }

    /// <summary>Dated ads with a city, in time order; a stint ends when the next ad is in another city.</summary>
    public static IReadOnlyList<CityStint> Movement(IReadOnlyList<LinkDocument> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var dated = members.Where(d => d.PostedUtc is not null && d.Cities.Count > 0)
            .OrderBy(d => d.PostedUtc)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToList();
        var stints = new List<CityStint>();
        foreach (var doc in dated)
        {
            var city = doc.Cities[0];
            if (stints.Count > 0 && stints[^1].City == city)
            {
                var s = stints[^1];
                stints[^1] = s with { LastSeenUtc = doc.PostedUtc, Ads = s.Ads + 1 };
            }
            else
            {
                stints.Add(new CityStint(city, doc.PostedUtc, doc.PostedUtc, 1));
            }
        }

        return stints;
    }
}
