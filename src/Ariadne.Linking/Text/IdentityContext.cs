namespace Ariadne.Linking.Text;

/// <summary>
/// What an investigator checks before believing two posters share a template because they are one network: the
/// persona names and cities of their ads, and whether their active periods follow one another (a controller's
/// phones are used in turn) or run side by side (unrelated posters copying one text). Computed per identity (the
/// documents of one identifier group) on demand, from the group's documents.
/// </summary>
internal sealed class IdentityContext
{
    private readonly IReadOnlyList<LinkDocument> _documents;
    private readonly int[] _start;
    private readonly int[] _members;
    private readonly Dictionary<int, Summary> _summaries = [];

    public IdentityContext(IReadOnlyList<LinkDocument> documents, int[] root)
    {
        _documents = documents;
        var count = root.Length;
        _start = new int[count + 1];
        foreach (var r in root)
        {
            _start[r + 1]++;
        }

        for (var r = 0; r < count; r++)
        {
            _start[r + 1] += _start[r];
        }

        _members = new int[count];
        var next = (int[])_start.Clone();
        for (var d = 0; d < count; d++)
        {
            _members[next[root[d]]++] = d;
        }
    }

    /// <summary>
    /// Why identities <paramref name="a"/> and <paramref name="b"/> (roots) cannot be one network, or null when they
    /// can, for two identities (both with identifiers): where both name personas, at least
    /// <paramref name="minNameOverlap"/> of the smaller set of names must recur in the other; where one names nobody,
    /// they must share a city and their active periods may overlap by at most <paramref name="maxOverlap"/> of the
    /// shorter one. Documents without identifiers are not held to it: a loose cluster joins at most one identity and
    /// cannot bridge two.
    /// </summary>
    public string? Disagreement(int a, int b, bool identities, double minNameOverlap, double maxOverlap)
    {
        if (!identities)
        {
            return null;
        }

        var c = Compare(a, b);
        if (c.Named)
        {
            // One network's phones advertise the same people: most of the smaller set of names recurs.
            return c.SharedNames == 0 ? "other names" : c.NameOverlap < minNameOverlap ? "few shared names" : null;
        }

        // Without persona names on both sides the weaker facts must all hold: a shared city and phones in turn.
        if (!c.SharedCity)
        {
            return "no shared name or city";
        }

        return c.TimeOverlap <= maxOverlap ? null : "side by side in time";
    }

    /// <summary>The facts <see cref="Disagreement"/> weighs, for the candidate list.</summary>
    public IdentityComparison Compare(int a, int b)
    {
        var x = Of(a);
        var y = Of(b);
        var named = x.Names.Count > 0 && y.Names.Count > 0;
        var shared = named ? x.Names.Count(y.Names.Contains) : 0;
        var time = 0.0;
        if (x.First is { } xFirst && y.First is { } yFirst && x.Count >= 2 && y.Count >= 2)
        {
            var overlap = Min(x.Last!.Value, y.Last!.Value) - Max(xFirst, yFirst);
            var shorter = Min(x.Last.Value - xFirst, y.Last.Value - yFirst);
            time = overlap <= TimeSpan.Zero ? 0 : shorter <= TimeSpan.Zero ? 1 : Math.Min(1, overlap / shorter);
        }

        return new IdentityComparison(named, shared, named ? (double)shared / Math.Min(x.Names.Count, y.Names.Count) : 0, x.Cities.Overlaps(y.Cities), time);
    }

    private Summary Of(int root)
    {
        if (_summaries.TryGetValue(root, out var summary))
        {
            return summary;
        }

        summary = new Summary();
        for (var k = _start[root]; k < _start[root + 1]; k++)
        {
            var document = _documents[_members[k]];
            summary.Count++;
            foreach (var name in document.Names)
            {
                summary.Names.Add(name);
            }

            foreach (var city in document.Cities)
            {
                summary.Cities.Add(city);
            }

            if (document.PostedUtc is { } posted)
            {
                summary.First = summary.First is { } f && f <= posted ? f : posted;
                summary.Last = summary.Last is { } l && l >= posted ? l : posted;
            }
        }

        _summaries.Add(root, summary);
        return summary;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private sealed class Summary
    {
        public int Count { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

        public HashSet<string> Cities { get; } = new(StringComparer.OrdinalIgnoreCase);

        public DateTimeOffset? First { get; set; }

        public DateTimeOffset? Last { get; set; }
    }
}
