namespace Ariadne.Linking.Networks;

/// <summary>
/// Answers "why are these two ads linked?" with the strongest chain of evidence, not merely the shortest: a chain is
/// as weak as its weakest hop, and identifiers (phone, e-mail, handle, wallet) are stronger evidence than a shared
/// text template or near-duplicate text, which are stronger than a re-used photo (stock photos and stolen pictures
/// join strangers). So the explainer minimises the weakest kind of evidence used first and the number of hops
/// second: two ads that list the same phone are explained by that phone, never through two photo hops.
/// </summary>
public static class LinkExplainer
{
    /// <summary>Rank of identifier evidence (the strongest).</summary>
    public const int IdentifierStrength = 0;

    /// <summary>Rank of shared wording: near-duplicate text or a text template.</summary>
    public const int TextStrength = 1;

    /// <summary>Rank of a shared photo (the weakest).</summary>
    public const int PhotoStrength = 2;

    /// <summary>How weak a kind of evidence is: 0 for identifiers, 1 for text and templates, 2 for photos.</summary>
    public static int Strength(string kind) => kind switch
    {
        "phone" or "email" or "handle" or "wallet" => IdentifierStrength,
        "photo" => PhotoStrength,
        _ => TextStrength,
    };

    /// <summary>
    /// The chain of steps from <paramref name="from"/> to <paramref name="to"/>, empty when they are the same, null when
    /// unconnected. <paramref name="groups"/> adds identifiers the ads share beyond the stored edges; a step through
    /// a group joins two of its documents directly.
    /// </summary>
    public static IReadOnlyList<LinkStep>? Explain(IEnumerable<LinkStep> edges, string from, string to, IEnumerable<LinkExplainerGroup>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentException.ThrowIfNullOrEmpty(from);
        ArgumentException.ThrowIfNullOrEmpty(to);
        if (from == to)
        {
            return [];
        }

        var stored = edges.ToList();
        var shared = (groups ?? []).Where(g => g.Documents.Count > 1).ToList();
        var weakest = stored.Select(e => Strength(e.Kind)).Concat(shared.Select(g => Strength(g.Kind))).DefaultIfEmpty(IdentifierStrength).Max();
        for (var limit = IdentifierStrength; limit <= weakest; limit++)
        {
            if (Search(stored, shared, from, to, limit) is { } path)
            {
                return path;
            }
        }

        return null;
    }

    // The fewest hops using evidence no weaker than the limit. A group is a hub node: entering it costs the hop,
    // leaving it costs nothing, so a 0-1 breadth-first search finds the fewest hops over edges and groups alike.
    private static List<LinkStep>? Search(List<LinkStep> edges, List<LinkExplainerGroup> groups, string from, string to, int limit)
    {
        var adjacent = new Dictionary<string, List<Arc>>(StringComparer.Ordinal);
        foreach (var edge in edges.Where(e => Strength(e.Kind) <= limit))
        {
            Add(adjacent, edge.From, new Arc(edge.To, edge, -1));
            Add(adjacent, edge.To, new Arc(edge.From, edge with { From = edge.To, To = edge.From }, -1));
        }

        for (var g = 0; g < groups.Count; g++)
        {
            if (Strength(groups[g].Kind) <= limit)
            {
                foreach (var document in groups[g].Documents)
                {
                    Add(adjacent, document, new Arc(HubKey(g), null, g));
                    Add(adjacent, HubKey(g), new Arc(document, null, g));
                }
            }
        }

        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var cameBy = new Dictionary<string, (string Previous, Arc Arc)>(StringComparer.Ordinal);
        var queue = new LinkedList<string>();
        queue.AddFirst(from);
        while (queue.First is { } first)
        {
            var current = first.Value;
            queue.RemoveFirst();
            if (current == to)
            {
                return Path(cameBy, groups, from, to);
            }

            var isHub = IsHub(current);
            foreach (var arc in adjacent.GetValueOrDefault(current) ?? [])
            {
                var cost = isHub ? 0 : 1;
                var reach = distance[current] + cost;
                if (distance.TryGetValue(arc.Target, out var known) && known <= reach)
                {
                    continue;
                }

                distance[arc.Target] = reach;
                cameBy[arc.Target] = (current, arc);
                if (cost == 0)
                {
                    queue.AddFirst(arc.Target);
                }
                else
                {
                    queue.AddLast(arc.Target);
                }
            }
        }

        return null;
    }

    private static List<LinkStep> Path(Dictionary<string, (string Previous, Arc Arc)> cameBy, List<LinkExplainerGroup> groups, string from, string to)
    {
        var path = new List<LinkStep>();
        for (var at = to; at != from;)
        {
            var (previous, arc) = cameBy[at];
            if (arc.Step is { } step)
            {
                path.Add(step);
                at = previous;
                continue;
            }

            // at was reached from a hub, which was reached from the document before it: one direct step.
            var before = cameBy[previous].Previous;
            var group = groups[arc.Group];
            path.Add(new LinkStep(before, at, group.Kind, group.Value, 1));
            at = before;
        }

        path.Reverse();
        return path;
    }

    private static string HubKey(int group) => "\u0001group:" + group.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static bool IsHub(string node) => node.Length > 0 && node[0] == '\u0001';

    private static void Add(Dictionary<string, List<Arc>> adjacent, string key, Arc arc)
    {
        if (!adjacent.TryGetValue(key, out var list))
        {
            adjacent[key] = list = [];
        }

        list.Add(arc);
    }

    /// <summary>One way out of a node: to a document by a stored step, or into or out of a group's hub.</summary>
    private readonly record struct Arc(string Target, LinkStep? Step, int Group);
}
