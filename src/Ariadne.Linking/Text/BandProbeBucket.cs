namespace Ariadne.Linking.Text;

/// <summary>
/// One LSH bucket of a <see cref="BandProbe"/>: its new documents in id order, every stored member while the bucket
/// is small enough for all pairs, and per gap between consecutive new ids the <c>w</c> smallest and <c>w</c> largest
/// stored ids (all that a window of <c>w</c> can reach from a new document).
/// </summary>
internal sealed class BandProbeBucket
{
    private string[] _newIds = [];
    private int[][] _low = [];
    private int[][] _high = [];
    private int[] _lowCount = [];
    private int[] _highCount = [];
    private int _pendingGap;
    private bool _pendingSmall;
    private bool _pendingLow;
    private bool _pendingHigh;

    /// <summary>Ordinals of the new documents in the bucket (in arrival order until sealed, then in id order).</summary>
    public List<int> New { get; } = [];

    /// <summary>Every stored member, until the bucket outgrows the all-pairs limit (then null).</summary>
    public List<int>? Small { get; private set; } = [];

    /// <summary>How many stored documents were offered to this bucket.</summary>
    public int Stored { get; private set; }

    /// <summary>Sorts the new members by id once all are known; gaps are numbered in that order.</summary>
    public void Seal(List<string> ids)
    {
        New.Sort((a, b) => string.CompareOrdinal(ids[a], ids[b]));
        _newIds = New.Select(o => ids[o]).ToArray();
        var gaps = New.Count + 1;
        _low = new int[gaps][];
        _high = new int[gaps][];
        _lowCount = new int[gaps];
        _highCount = new int[gaps];
    }

    /// <summary>
    /// Counts one stored member and decides whether this bucket keeps it; when it does, <see cref="Add"/> must follow
    /// with the member's ordinal before the next <see cref="Consider"/>.
    /// </summary>
    public bool Consider(string id, List<string> ids, int allPairsLimit, int window)
    {
        Stored++;
        _pendingSmall = false;
        if (Small is not null)
        {
            if (New.Count + Stored <= allPairsLimit)
            {
                _pendingSmall = true;
            }
            else
            {
                Small = null;
            }
        }

        var found = Array.BinarySearch(_newIds, id, StringComparer.Ordinal);
        _pendingGap = found >= 0 ? found : ~found;
        var low = _low[_pendingGap];
        var lowCount = _lowCount[_pendingGap];
        _pendingLow = lowCount < window || string.CompareOrdinal(id, ids[low[lowCount - 1]]) < 0;
        var high = _high[_pendingGap];
        var highCount = _highCount[_pendingGap];
        _pendingHigh = highCount < window || string.CompareOrdinal(id, ids[high[0]]) > 0;
        return _pendingSmall || _pendingLow || _pendingHigh;
    }

    /// <summary>Keeps the member <see cref="Consider"/> accepted, now that it has an ordinal.</summary>
    public void Add(string id, int ordinal, List<string> ids, int window)
    {
        if (_pendingSmall)
        {
            Small!.Add(ordinal);
        }

        if (_pendingLow)
        {
            InsertSmallest(_pendingGap, id, ordinal, ids, window);
        }

        if (_pendingHigh)
        {
            InsertLargest(_pendingGap, id, ordinal, ids, window);
        }
    }

    /// <summary>The members pairs are drawn from: new ones plus every stored one (small bucket) or the gaps' kept ones.</summary>
    public void CollectMembers(List<int> members, bool allPairs)
    {
        members.AddRange(New);
        if (allPairs)
        {
            members.AddRange(Small!);
            return;
        }

        for (var gap = 0; gap < _low.Length; gap++)
        {
            for (var k = 0; k < _lowCount[gap]; k++)
            {
                members.Add(_low[gap][k]);
            }

            for (var k = 0; k < _highCount[gap]; k++)
            {
                members.Add(_high[gap][k]);
            }
        }
    }

    // Both sets are sorted ascending by id and hold at most `window` ordinals.
    private void InsertSmallest(int gap, string id, int ordinal, List<string> ids, int window)
    {
        var set = _low[gap] ??= new int[window];
        var count = _lowCount[gap];
        var at = count == window ? count - 1 : count;
        while (at > 0 && string.CompareOrdinal(id, ids[set[at - 1]]) < 0)
        {
            set[at] = set[at - 1];
            at--;
        }

        set[at] = ordinal;
        _lowCount[gap] = Math.Min(window, count + 1);
    }

    private void InsertLargest(int gap, string id, int ordinal, List<string> ids, int window)
    {
        var set = _high[gap] ??= new int[window];
        var count = _highCount[gap];
        int at;
        if (count == window)
        {
            // The smallest leaves; slide the newcomer up from the bottom to its place.
            at = 0;
            while (at < count - 1 && string.CompareOrdinal(id, ids[set[at + 1]]) > 0)
            {
                set[at] = set[at + 1];
                at++;
            }
        }
        else
        {
            at = count;
            while (at > 0 && string.CompareOrdinal(id, ids[set[at - 1]]) < 0)
            {
                set[at] = set[at - 1];
                at--;
            }

            _highCount[gap] = count + 1;
        }

        set[at] = ordinal;
    }
}
