namespace Ariadne.Linking.Networks;

/// <summary>
/// Answers "why are these two ads linked?": the shortest chain of joining edges from one document to the other
/// (breadth-first over the network's edges, which form a spanning tree, so the chain is unique and short).
/// </summary>
public static class LinkExplainer
{
    /// <summary>The chain of steps from <paramref name="from"/> to <paramref name="to"/>, empty when they are the same, null when unconnected.</summary>
    public static IReadOnlyList<LinkStep>? Explain(IEnumerable<LinkStep> edges, string from, string to)
    {
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentException.ThrowIfNullOrEmpty(from);
        ArgumentException.ThrowIfNullOrEmpty(to);
        if (from == to)
        {
            return [];
        }

        var adjacent = new Dictionary<string, List<LinkStep>>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            Add(adjacent, edge.From, edge);
            Add(adjacent, edge.To, edge with { From = edge.To, To = edge.From });
        }

        var cameBy = new Dictionary<string, LinkStep>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        queue.Enqueue(from);
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        while (queue.Count > 0)
        {
            var current = queue.Dequeue();
            if (current == to)
            {
                var path = new List<LinkStep>();
                for (var at = to; at != from; at = cameBy[at].From)
                {
                    path.Add(cameBy[at]);
                }

                path.Reverse();
                return path;
            }

            foreach (var step in adjacent.GetValueOrDefault(current) ?? [])
            {
                if (seen.Add(step.To))
                {
                    cameBy[step.To] = step;
                    queue.Enqueue(step.To);
                }
            }
        }

        return null;
    }

    private static void Add(Dictionary<string, List<LinkStep>> adjacent, string key, LinkStep step)
    {
        if (!adjacent.TryGetValue(key, out var list))
        {
            adjacent[key] = list = [];
        }

        list.Add(step);
    }
}
