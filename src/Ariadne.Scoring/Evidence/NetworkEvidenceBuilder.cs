namespace Ariadne.Scoring.Evidence;

/// <summary>
/// Gathers <see cref="NetworkEvidence"/> per network from its members. The networks are the linker's: a support
/// line, help line or boilerplate shared by hundreds of unrelated posters is a hub the linker refuses, so it never
/// makes one large "network" here (raw identifier groups did, and every ad with a footer number scored high).
/// </summary>
public static class NetworkEvidenceBuilder
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    /// <summary>Evidence per document id; a document without a network gets <see cref="NetworkEvidence.Alone"/>-like evidence of itself.</summary>
    public static Dictionary<string, NetworkEvidence> Build(IEnumerable<NetworkMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var result = new Dictionary<string, NetworkEvidence>(StringComparer.Ordinal);
        foreach (var group in members.GroupBy(m => m.NetworkId ?? "\0" + m.DocumentId, StringComparer.Ordinal))
        {
            var list = group.ToList();
            var evidence = Of(list);
            foreach (var m in list)
            {
                result[m.DocumentId] = evidence;
            }
        }

        return result;
    }

    /// <summary>The evidence of one network from all of its members.</summary>
    public static NetworkEvidence Of(IReadOnlyList<NetworkMember> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var phoneAds = new Dictionary<string, int>(StringComparer.Ordinal);
        var personaCities = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        var ages = new HashSet<string>(StringComparer.Ordinal);
        var cities = new HashSet<string>(StringComparer.Ordinal);
        var categories = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            foreach (var phone in m.Phones.Distinct(StringComparer.Ordinal))
            {
                phoneAds[phone] = phoneAds.GetValueOrDefault(phone) + 1;
            }

            foreach (var name in m.Names)
            {
                if (!personaCities.TryGetValue(name, out var at))
                {
                    personaCities[name] = at = new HashSet<string>(StringComparer.Ordinal);
                }

                if (m.Place is { } place)
                {
                    at.Add(place);
                }
            }

            ages.UnionWith(m.Ages);
            if (m.Place is { } p)
            {
                cities.Add(p);
            }

            foreach (var category in m.Categories)
            {
                categories[category] = categories.GetValueOrDefault(category) + 1;
            }
        }

        return new NetworkEvidence
        {
            Ads = members.Count,
            Phones = phoneAds.Count,
            PhonesInUse = phoneAds.Values.Count(n => n >= 2),
            Cities = cities.Count,
            Cities30Days = CitiesWithinWindow(members),
            Personas = personaCities.Count,
            Ages = ages.Count,
            PersonasAcrossCities = personaCities.Values.Count(c => c.Count >= 2),
            CategoryAds = categories,
        };
    }

    // The most distinct places among members posted within any 30 days: a window sliding over them in time order.
    private static int CitiesWithinWindow(IReadOnlyList<NetworkMember> members)
    {
        var dated = members.Where(m => m.Place is not null && m.PostedUtc is not null).OrderBy(m => m.PostedUtc).ToList();
        if (dated.Count == 0)
        {
            return members.Select(m => m.Place).Where(p => p is not null).Distinct(StringComparer.Ordinal).Count();
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var best = 0;
        var lo = 0;
        for (var hi = 0; hi < dated.Count; hi++)
        {
            counts[dated[hi].Place!] = counts.GetValueOrDefault(dated[hi].Place!) + 1;
            while (dated[hi].PostedUtc!.Value - dated[lo].PostedUtc!.Value > Window)
            {
                var place = dated[lo].Place!;
                if (--counts[place] == 0)
                {
                    counts.Remove(place);
                }

                lo++;
            }

            best = Math.Max(best, counts.Count);
        }

        return best;
    }
}
