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
    /// True when identities <paramref name="a"/> and <paramref name="b"/> (roots) could be one network: their persona
    /// names agree where both name someone, and between two identities (both with identifiers) a name or a city is
    /// shared and their active periods overlap by at most <paramref name="maxOverlap"/> of the shorter one. A
    /// document without identifiers is held only to the names: it joins one partner and cannot bridge two.
    /// </summary>
    public bool Agrees(int a, int b, bool identities, double maxOverlap)
    {
        var x = Of(a);
        var y = Of(b);
        var named = x.Names.Count > 0 && y.Names.Count > 0;
        if (named && !x.Names.Overlaps(y.Names))
        {
            return false;
        }

        if (!identities)
        {
            return true;
        }

        if (!named && !x.Cities.Overlaps(y.Cities))
        {
            return false;
        }

        if (x.First is not { } xFirst || y.First is not { } yFirst || x.Count < 2 || y.Count < 2)
        {
            return true;
        }

        var overlap = Min(x.Last!.Value, y.Last!.Value) - Max(xFirst, yFirst);
        if (overlap <= TimeSpan.Zero)
        {
            return true;
        }

        var shorter = Min(x.Last.Value - xFirst, y.Last.Value - yFirst);
        return shorter <= TimeSpan.Zero || overlap / shorter <= maxOverlap;
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
