using System.Security.Cryptography;
using System.Text;

namespace Ariadne.Linking.Networks;

/// <summary>
/// Network ids. A new network is named after its smallest member document id ("n" + 16 hex digits of its SHA-256),
/// so the same input gives the same ids; <see cref="Assign"/> keeps existing ids stable as networks grow and merge.
/// </summary>
public static class NetworkIds
{
    public static string Fresh(IEnumerable<string> memberIds)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        string? min = null;
        foreach (var id in memberIds)
        {
            if (min is null || string.CompareOrdinal(id, min) < 0)
            {
                min = id;
            }
        }

        if (min is null)
        {
            throw new ArgumentException("a network needs at least one member", nameof(memberIds));
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(min), hash);
        return "n" + Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>
    /// Names each component (lists of member document ids). A component inherits the previous id held by most of its
    /// members (ties go to the smaller id); each previous id goes to at most one component — the one holding most
    /// of its members — so a network that grows keeps its id, a merge keeps the largest part's id, and a split
    /// leaves the id with the larger part. Everything else gets a fresh id.
    /// </summary>
    public static string[] Assign(IReadOnlyList<IReadOnlyList<string>> components, IReadOnlyDictionary<string, string>? previous)
    {
        ArgumentNullException.ThrowIfNull(components);
        var names = new string[components.Count];
        if (previous is null || previous.Count == 0)
        {
            for (var c = 0; c < components.Count; c++)
            {
                names[c] = Fresh(components[c]);
            }

            return names;
        }

        // (component, previous id, members held) for every overlap, best first.
        var overlaps = new List<(int Component, string Id, int Count)>();
        for (var c = 0; c < components.Count; c++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var member in components[c])
            {
                if (previous.TryGetValue(member, out var id))
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }

            foreach (var (id, count) in counts)
            {
                overlaps.Add((c, id, count));
            }
        }

        overlaps.Sort((x, y) => y.Count != x.Count ? y.Count.CompareTo(x.Count) : string.CompareOrdinal(x.Id, y.Id) is var k && k != 0 ? k : x.Component.CompareTo(y.Component));
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (component, id, _) in overlaps)
        {
            if (names[component] is null && taken.Add(id))
            {
                names[component] = id;
            }
        }

        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        for (var c = 0; c < components.Count; c++)
        {
            if (names[c] is null)
            {
                var fresh = Fresh(components[c]);
                // A fresh id can only collide with a kept one if its smallest member left that network; salt it.
                var name = fresh;
                for (var salt = 1; !used.Add(name); salt++)
                {
                    name = Fresh([fresh + "#" + salt]);
                }

                names[c] = name;
            }
        }

        return names;
    }
}
