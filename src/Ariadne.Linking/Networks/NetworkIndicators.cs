using System.Globalization;
using Ariadne.Linking.Graph;

namespace Ariadne.Linking.Networks;

/// <summary>
/// Computes network-level indicators from a network's documents and joining edges: one phone advertised in ≥ 3
/// cities within 30 days (a movement circuit), one phone used with ≥ 3 names or ≥ 3 stated ages (several people
/// advertised by one contact — third-party control, the pattern of TOEX/Operation Strive), and one ad text posted
/// under different phones (one writer behind several contacts).
/// </summary>
public static class NetworkIndicators
{
    public const int CircuitCities = 3;
    public const int CircuitDays = 30;
    public const int PeoplePerPhone = 3;

    public static IReadOnlyList<NetworkIndicator> Compute(IReadOnlyList<LinkDocument> members, IEnumerable<LinkEdge> edges, IReadOnlyDictionary<int, int>? ordinalToMember = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(edges);
        var found = new List<NetworkIndicator>();
        var byPhone = new Dictionary<string, List<LinkDocument>>(StringComparer.Ordinal);
        foreach (var doc in members)
        {
            foreach (var identifier in doc.Identifiers)
            {
                if (identifier.Kind == LinkKind.Phone)
                {
                    if (!byPhone.TryGetValue(identifier.Value, out var list))
                    {
                        byPhone[identifier.Value] = list = [];
                    }

                    if (list.Count == 0 || !ReferenceEquals(list[^1], doc))
                    {
                        list.Add(doc);
                    }
                }
            }
        }

        foreach (var (phone, docs) in byPhone.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (Circuit(docs) is { } circuit)
            {
                found.Add(new NetworkIndicator("circuit",
                    string.Create(CultureInfo.InvariantCulture, $"Phone {phone} advertised in {circuit.Cities.Count} cities within {CircuitDays} days"),
                    string.Create(CultureInfo.InvariantCulture, $"{string.Join(" → ", circuit.Cities)} between {circuit.From:yyyy-MM-dd} and {circuit.To:yyyy-MM-dd}")));
            }

            var names = docs.SelectMany(d => d.Names).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
            if (names.Count >= PeoplePerPhone)
            {
                found.Add(new NetworkIndicator("names-per-phone",
                    string.Create(CultureInfo.InvariantCulture, $"Phone {phone} used with {names.Count} different names"),
                    string.Join(", ", names)));
            }

            var ages = docs.SelectMany(d => d.Ages).Distinct().Order().ToList();
            if (ages.Count >= PeoplePerPhone)
            {
                found.Add(new NetworkIndicator("ages-per-phone",
                    string.Create(CultureInfo.InvariantCulture, $"Phone {phone} used with {ages.Count} different stated ages"),
                    string.Join(", ", ages.Select(a => a.ToString(CultureInfo.InvariantCulture)))));
            }
        }

        if (ordinalToMember is not null)
        {
            var phonesAcross = new SortedSet<string>(StringComparer.Ordinal);
            var copies = 0;
            foreach (var edge in edges)
            {
                if (edge.Kind is not (LinkKind.Text or LinkKind.Template) || !ordinalToMember.TryGetValue(edge.A, out var a) || !ordinalToMember.TryGetValue(edge.B, out var b))
                {
                    continue;
                }

                var pa = Phones(members[a]);
                var pb = Phones(members[b]);
                if (pa.Count > 0 && pb.Count > 0 && !pa.Overlaps(pb))
                {
                    copies++;
                    phonesAcross.UnionWith(pa);
                    phonesAcross.UnionWith(pb);
                }
            }

            if (copies > 0)
            {
                found.Add(new NetworkIndicator("template-across-phones",
                    string.Create(CultureInfo.InvariantCulture, $"The same ad text was posted under {phonesAcross.Count} different phones"),
                    string.Join(", ", phonesAcross)));
            }
        }

        return found;
    }

    private static HashSet<string> Phones(LinkDocument doc) =>
        new(doc.Identifiers.Where(i => i.Kind == LinkKind.Phone).Select(i => i.Value), StringComparer.Ordinal);

    /// <summary>The first 30-day window (sliding over the phone's dated ads) holding ads in ≥ 3 distinct cities.</summary>
    private static (List<string> Cities, DateTimeOffset From, DateTimeOffset To)? Circuit(List<LinkDocument> docs)
    {
        var dated = docs.Where(d => d.PostedUtc is not null && d.Cities.Count > 0).OrderBy(d => d.PostedUtc).ToList();
        var start = 0;
        var window = TimeSpan.FromDays(CircuitDays);
        for (var end = 0; end < dated.Count; end++)
        {
            while (dated[end].PostedUtc!.Value - dated[start].PostedUtc!.Value > window)
            {
                start++;
            }

            var cities = new List<string>();
            for (var i = start; i <= end; i++)
            {
                if (!cities.Contains(dated[i].Cities[0], StringComparer.Ordinal))
                {
                    cities.Add(dated[i].Cities[0]);
                }
            }

            if (cities.Count >= CircuitCities)
            {
                return (cities, dated[start].PostedUtc!.Value, dated[end].PostedUtc!.Value);
            }
        }

        return null;
    }
}
